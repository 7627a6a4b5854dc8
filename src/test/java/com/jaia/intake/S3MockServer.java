package com.jaia.intake;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server (S3Mock, copied to {@code target/s3mock/s3mock.jar} by the build) run as a child
 * process on 127.0.0.1 for the duration of a test class.
 */
final class S3MockServer implements AutoCloseable {

    private final Process process;

    private final int port;

    private S3MockServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static S3MockServer start(Path root, String... buckets) {
        Path jar = Path.of("target", "s3mock", "s3mock.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("run the build (generate-test-resources) to copy S3Mock to " + jar);
        }
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        try {
            Process process = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar",
                    jar.toString(), "--server.port=0", "--server.address=127.0.0.1",
                    "--com.adobe.testing.s3mock.http-port=" + port,
                    "--com.adobe.testing.s3mock.store.root=" + root.toAbsolutePath(),
                    "--com.adobe.testing.s3mock.store.initial-buckets=" + String.join(",", buckets),
                    "--logging.level.root=WARN"))
                .redirectErrorStream(true)
                .redirectOutput(root.resolveSibling("s3mock.log").toFile())
                .start();
            S3MockServer server = new S3MockServer(process, port);
            await().atMost(Duration.ofSeconds(180)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("S3Mock exited with " + process.exitValue());
                }
                return server.listening();
            });
            return server;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    S3Client client() {
        return S3Client.builder()
            .endpointOverride(URI.create("http://127.0.0.1:" + port))
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .forcePathStyle(true)
            .build();
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        }
        catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

}
