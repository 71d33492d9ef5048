package test.bad;

/** Not a model, but named like the class Sequor generates for Bar. */
public final class BarModel {}
