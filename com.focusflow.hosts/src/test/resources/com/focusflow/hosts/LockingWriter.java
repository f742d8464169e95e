import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Another program that edits a file under a POSIX lock (as FocusFlow's in-place write does): locks FILE,
 * says "locked", waits for a line on stdin, appends LINE, and releases. Run as a single-file source program
 * by HostsFileTest: java LockingWriter.java FILE LINE
 */
public class LockingWriter {
    public static void main(String[] args) throws Exception {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            System.out.println("locked");
            System.out.flush();
            System.in.read();
            channel.write(ByteBuffer.wrap((args[1] + "\n").getBytes(StandardCharsets.UTF_8)), channel.size());
            channel.force(true);
        }
        System.out.println("released");
    }
}
