package org.nwbj.hdf5.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SigV4Test {
    /** The "GET Object" example of AWS's S3 Signature Version 4 documentation (header-based authentication). */
    @Test
    void awsDocumentedGetObjectExample() {
        AwsCredentials c = new AwsCredentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", null);
        SigV4 s = new SigV4(c, "us-east-1", "s3");
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Range", "bytes=0-9");
        Map<String, String> out = s.sign(URI.create("https://examplebucket.s3.amazonaws.com/test.txt"), h,
                Instant.parse("2013-05-24T00:00:00Z"));
        assertThat(out.get("Authorization")).isEqualTo("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/"
                + "us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
                + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
        assertThat(out).containsEntry("x-amz-date", "20130524T000000Z");
    }

    @Test
    void keysAreEncodedOnceAndHostsKeepNonDefaultPorts() {
        assertThat(SigV4.canonicalPath(URI.create("http://h/b/a%20b/c~d+e"))).isEqualTo("/b/a%20b/c~d%2Be");
        assertThat(SigV4.hostHeader(URI.create("http://127.0.0.1:9000/x"))).isEqualTo("127.0.0.1:9000");
        assertThat(SigV4.hostHeader(URI.create("https://h:443/x"))).isEqualTo("h");
    }

    @Test
    void credentialsFromEnvironmentAndProfile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path home)
            throws Exception {
        S3Options env = S3Options.fromEnvironment(Map.of("AWS_ACCESS_KEY_ID", "id", "AWS_SECRET_ACCESS_KEY", "sec",
                "AWS_REGION", "eu-west-1"), home);
        assertThat(env.credentials()).isEqualTo(new AwsCredentials("id", "sec", null));
        assertThat(env.httpUri(URI.create("s3://bkt/a/b.nwb")))
                .isEqualTo(URI.create("https://bkt.s3.eu-west-1.amazonaws.com/a/b.nwb"));
        java.nio.file.Files.createDirectories(home.resolve(".aws"));
        java.nio.file.Files.writeString(home.resolve(".aws/credentials"),
                "[default]\naws_access_key_id = A\naws_secret_access_key = B\n[lab]\naws_access_key_id=C\n"
                        + "aws_secret_access_key=D\naws_session_token=T\n");
        assertThat(S3Options.fromEnvironment(Map.of("AWS_PROFILE", "lab"), home).credentials())
                .isEqualTo(new AwsCredentials("C", "D", "T"));
        S3Options anon = S3Options.fromEnvironment(Map.of("AWS_NO_SIGN_REQUEST", "true",
                "AWS_ENDPOINT_URL_S3", "http://127.0.0.1:9000"), home);
        assertThat(anon.credentials()).isNull();
        assertThat(anon.httpUri(URI.create("s3://bkt/k.h5"))).isEqualTo(URI.create("http://127.0.0.1:9000/bkt/k.h5"));
    }
}
