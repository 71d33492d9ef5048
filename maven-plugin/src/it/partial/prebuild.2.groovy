import java.nio.file.Files
import java.nio.file.StandardCopyOption

def tag = new File(basedir, 'src/main/java/shop/Tag.java').toPath()
Files.copy(new File(basedir, 'changes/Tag.java').toPath(), tag, StandardCopyOption.REPLACE_EXISTING)
// newer than its class file, whatever the file system's time resolution
Files.setLastModifiedTime(tag, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000))
return true
