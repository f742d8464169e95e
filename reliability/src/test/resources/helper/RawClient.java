import java.io.ByteArrayOutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A raw client of FocusFlow's helper, as any program of a user could write one: java RawClient.java SOCKET
 * LINES_FILE sends each line of the file on its own connection and prints each answer on its own line.
 * Run with JDK 17's source launcher as the user under test (runuser), by HelperTest.
 */
public class RawClient {
    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        for (String line : lines) {
            System.out.println(send(Path.of(args[0]), line));
        }
    }

    static String send(Path socket, String line) throws Exception {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            ByteBuffer out = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
            try {
                while (out.hasRemaining()) {
                    channel.write(out);
                }
            } catch (java.io.IOException early) {
                // answered and closed before reading it all
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            ByteBuffer in = ByteBuffer.allocate(4096);
            while (channel.read(in.clear()) > 0) {
                answer.write(in.array(), 0, in.position());
            }
            return answer.toString(StandardCharsets.UTF_8).strip();
        }
    }
}
