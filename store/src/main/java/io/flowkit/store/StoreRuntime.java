package io.flowkit.store;

import io.flowkit.store.jose.StoreCrypto;
import io.flowkit.store.repository.StateRepository;
import io.flowkit.store.repository.StoreDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's database for as long as its handler runs: opened (and migrated) when the handler
 * starts, wherever it is mounted, and closed when it stops; also runs the optional purge.
 */
final class StoreRuntime extends AbstractLifeCycle {

  private static final Logger LOG = LoggerFactory.getLogger(StoreRuntime.class);

  private final Supplier<StoreDatabase> opener;
  private final Clock clock;
  private final Duration purgeInterval;
  private final StoreCrypto crypto;
  private volatile StoreDatabase database;
  private ScheduledExecutorService purger;

  StoreRuntime(
      Supplier<StoreDatabase> opener, Clock clock, Duration purgeInterval, StoreCrypto crypto) {
    this.crypto = crypto;
    this.opener = opener;
    this.clock = clock;
    this.purgeInterval = purgeInterval;
  }

  @Override
  protected void doStart() {
    LOG.info("Store cryptography (EC, ECDH, AES): {}", crypto.description());
    database = opener.get();
    if (purgeInterval != null) {
      purger =
          Executors.newSingleThreadScheduledExecutor(
              task -> {
                Thread thread = new Thread(task, "flowkit-store-purge");
                thread.setDaemon(true);
                return thread;
              });
      long millis = purgeInterval.toMillis();
      purger.scheduleWithFixedDelay(this::purgeQuietly, millis, millis, TimeUnit.MILLISECONDS);
      LOG.info("Expired states are purged every {}", purgeInterval);
    }
  }

  @Override
  protected void doStop() throws InterruptedException {
    if (purger != null) {
      purger.shutdownNow();
      purger.awaitTermination(10, TimeUnit.SECONDS);
      purger = null;
    }
    StoreDatabase open = database;
    database = null;
    if (open != null) {
      open.close();
    }
  }

  StateRepository repository() {
    StoreDatabase open = database;
    if (open == null) {
      throw new IllegalStateException("The store is not started");
    }
    return open.repository();
  }

  int purge() {
    int purged = repository().purgeExpired(clock.instant());
    if (purged > 0) {
      LOG.info("Purged {} expired states", purged);
    }
    return purged;
  }

  private void purgeQuietly() {
    try {
      purge();
    } catch (RuntimeException e) {
      LOG.warn("Purging expired states failed: {}", e.getMessage());
    }
  }
}
