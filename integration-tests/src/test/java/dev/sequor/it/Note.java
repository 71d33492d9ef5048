package dev.sequor.it;

import dev.sequor.Column;
import dev.sequor.Model;
import java.util.Objects;

/** A class model (getters and setters) whose timestamps live in hidden columns. */
@Model
public class Note {

  private Long id;

  @Column(allowNull = false)
  private String title;

  private String body;

  private int priority;

  private boolean pinned;

  /** Java's {@code transient}: not a column. */
  private transient String draft;

  public Note() {}

  public Note(String title, String body, int priority, boolean pinned) {
    this.title = title;
    this.body = body;
    this.priority = priority;
    this.pinned = pinned;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public int getPriority() {
    return priority;
  }

  public void setPriority(int priority) {
    this.priority = priority;
  }

  public boolean isPinned() {
    return pinned;
  }

  public void setPinned(boolean pinned) {
    this.pinned = pinned;
  }

  public String getDraft() {
    return draft;
  }

  public void setDraft(String draft) {
    this.draft = draft;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Note n && Objects.equals(id, n.id) && Objects.equals(title, n.title)
        && Objects.equals(body, n.body) && priority == n.priority && pinned == n.pinned
        && Objects.equals(draft, n.draft);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, title, body, priority, pinned, draft);
  }

  @Override
  public String toString() {
    return "Note[id=" + id + ", title=" + title + ", body=" + body + ", priority=" + priority + ", pinned=" + pinned
        + ", draft=" + draft + "]";
  }
}
