package io.flowkit.cli.check;

/** Told what a check is doing, for a progress line. */
public interface Progress {

  /** Does nothing: for output that is not a terminal. */
  Progress NONE = new Progress() {
    @Override
    public void step(int done, String what) {}

    @Override
    public void finished() {}
  };

  /** The check is now doing {@code what}, with {@code done} cases recorded so far. */
  void step(int done, String what);

  /** The check is over: the progress line goes away. */
  void finished();
}
