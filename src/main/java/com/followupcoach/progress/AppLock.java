package com.followupcoach.progress;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An exclusive lock on {@code progress.db.lock}, held while the app runs.
 *
 * <p>Why a lock file rather than probing with {@code BEGIN IMMEDIATE}: a probe only sees a
 * copy that happens to be writing at that instant, while two copies would each keep their
 * own idea of the profiles and drafts and overwrite each other's autosaves. A held lock
 * finds any running copy, idle or not, and the OS drops it when a process dies, so a crash
 * never leaves a stale lock behind. The file itself is never deleted: deleting it would
 * race with another copy locking it.
 */
final class AppLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private AppLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another copy (another process, or this one) holds it. */
    static Optional<AppLock> tryAcquire(Path lockFile) throws IOException {
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new AppLock(channel, lock));
            }
        } catch (OverlappingFileLockException heldInThisJvm) {
            // Another store in this process holds it: the same conflict as another process.
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        channel.close();
        return Optional.empty();
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel is what matters; the OS releases the lock with it.
        }
    }
}
