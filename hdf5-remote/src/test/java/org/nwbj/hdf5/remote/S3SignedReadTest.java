package org.nwbj.hdf5.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nwbj.hdf5.Dataset;
import org.nwbj.hdf5.Hdf5File;
import org.nwbj.hdf5.Hdf5IoException;
import org.nwbj.hdf5.Hdf5Writer;

/**
 * {@code s3://} reads signed with AWS Signature V4 against a local S3-compatible endpoint whose signature check is
 * botocore's, so a signing mistake of ours is refused as AWS would refuse it. Skipped without /usr/bin/python3 and
 * botocore (python3-botocore), except under {@code CI=true}.
 */
@Tag("interop")
class S3SignedReadTest {
    @TempDir
    static Path root;
    static Process server;
    static URI endpoint;
    static final AwsCredentials KEYS = new AwsCredentials("AKIDNWBJTEST", "s3cr3t/Key+with=chars", null);

    @BeforeAll
    static void start() throws Exception {
        Path py = Paths.get("/usr/bin/python3");
        boolean have = Files.isExecutable(py) && new ProcessBuilder(py.toString(), "-c", "import botocore").start()
                .waitFor() == 0;
        if (!have && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but /usr/bin/python3 with botocore is missing (python3-botocore)");
        }
        assumeTrue(have, "skipped: /usr/bin/python3 with botocore is not installed (apt-get install python3-botocore)");
        Files.createDirectories(root.resolve("lab-bucket/session 1"));
        try (Hdf5Writer w = Hdf5Writer.create(root.resolve("lab-bucket/session 1/rec.h5"))) {
            w.root().createDataset("data", new double[] {0.5, 1.5, 2.5});
            w.root().createExternalLink("shared", "../common.h5", "/calib");
        }
        try (Hdf5Writer w = Hdf5Writer.create(root.resolve("lab-bucket/common.h5"))) {
            w.root().createDataset("calib", new long[] {7, 8, 9});
        }
        server = new ProcessBuilder(py.toString(), Paths.get("src/test/scripts/s3_server.py").toAbsolutePath()
                .toString(), root.toString(), KEYS.accessKeyId(), KEYS.secretAccessKey(), "eu-central-1")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String port = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        endpoint = URI.create("http://127.0.0.1:" + port.trim());
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static Hdf5File open(AwsCredentials keys) {
        RemoteOptions o = RemoteOptions.defaults().withRetries(0)
                .withS3(new S3Options("eu-central-1", endpoint, keys));
        return Hdf5File.open(RemoteStorage.open(URI.create("s3://lab-bucket/session%201/rec.h5"), o));
    }

    @Test
    void signedRequestsReadTheObjectAndItsLinks() {
        try (Hdf5File f = open(KEYS)) {
            assertThat(((Dataset) f.get("/data")).readDoubles()).containsExactly(0.5, 1.5, 2.5);
            assertThat(f.uri()).isEqualTo(URI.create("s3://lab-bucket/session%201/rec.h5"));
            // ../common.h5 in the same bucket, signed with the same keys at the same endpoint
            assertThat(((Dataset) f.get("/shared")).readLongs()).containsExactly(7, 8, 9);
        }
    }

    @Test
    void aWrongSecretOrNoSignatureIsRefusedClearly() {
        assertThatThrownBy(() -> open(new AwsCredentials(KEYS.accessKeyId(), "wrong", null)))
                .isInstanceOf(Hdf5IoException.class).hasMessageContaining("HTTP 403")
                .hasMessageContaining("SignatureDoesNotMatch");
        assertThatThrownBy(() -> open(null)).isInstanceOf(Hdf5IoException.class)
                .hasMessageContaining("AccessDenied");
    }
}
