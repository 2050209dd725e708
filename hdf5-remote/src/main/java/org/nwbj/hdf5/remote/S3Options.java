package org.nwbj.hdf5.remote;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * How {@code s3://bucket/key} is reached: the region, an endpoint for S3-compatible stores (path-style URLs {@code
 * ENDPOINT/bucket/key}; without one, AWS's virtual-hosted URLs {@code https://bucket.s3.REGION.amazonaws.com/key}), and
 * the credentials requests are signed with (AWS Signature V4), or none for anonymous access to public buckets.
 *
 * @param region the bucket's region
 * @param endpoint an S3-compatible endpoint, or null for AWS
 * @param credentials the credentials to sign with, or null for unsigned (anonymous) requests
 */
public record S3Options(String region, URI endpoint, AwsCredentials credentials) {
    /**
     * Puts us-east-1 where no region is given.
     *
     * @param region the bucket's region, or null/empty for us-east-1
     * @param endpoint an S3-compatible endpoint, or null for AWS
     * @param credentials the credentials to sign with, or null for anonymous requests
     */
    public S3Options {
        if (region == null || region.isEmpty()) {
            region = "us-east-1";
        }
    }

    /**
     * {@return anonymous requests to AWS in {@code region}}
     *
     * @param region the bucket's region
     */
    public static S3Options anonymous(String region) {
        return new S3Options(region, null, null);
    }

    /**
     * As the AWS command line reads its settings: {@code AWS_REGION} or {@code AWS_DEFAULT_REGION} (else
     * us-east-1), {@code AWS_ENDPOINT_URL_S3} or {@code AWS_ENDPOINT_URL}, and credentials from
     * {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY}/{@code AWS_SESSION_TOKEN} or the profile
     * {@code AWS_PROFILE} (else {@code default}) of {@code ~/.aws/credentials} ({@code AWS_SHARED_CREDENTIALS_FILE});
     * anonymous when none are found or {@code AWS_NO_SIGN_REQUEST=true}.
     *
     * @return the settings found
     */
    public static S3Options fromEnvironment() {
        return fromEnvironment(System.getenv(), Paths.get(System.getProperty("user.home", ".")));
    }

    static S3Options fromEnvironment(Map<String, String> env, Path home) {
        String region = first(env, "AWS_REGION", "AWS_DEFAULT_REGION");
        String endpoint = first(env, "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL");
        AwsCredentials creds = null;
        if (!"true".equalsIgnoreCase(env.get("AWS_NO_SIGN_REQUEST"))) {
            String id = env.get("AWS_ACCESS_KEY_ID");
            String secret = env.get("AWS_SECRET_ACCESS_KEY");
            if (id != null && !id.isEmpty() && secret != null && !secret.isEmpty()) {
                creds = new AwsCredentials(id, secret, env.get("AWS_SESSION_TOKEN"));
            } else {
                String file = env.get("AWS_SHARED_CREDENTIALS_FILE");
                Path p = file != null ? Paths.get(file) : home.resolve(".aws").resolve("credentials");
                String profile = env.getOrDefault("AWS_PROFILE", "default");
                creds = profile(p, profile);
            }
        }
        return new S3Options(region, endpoint == null || endpoint.isEmpty() ? null : URI.create(endpoint), creds);
    }

    /** The credentials of {@code profile} in an AWS credentials file, or null. */
    static AwsCredentials profile(Path file, String profile) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (java.io.IOException e) {
            return null;
        }
        boolean in = false;
        String id = null;
        String secret = null;
        String token = null;
        for (String raw : lines) {
            String line = raw.trim();
            if (line.startsWith("[") && line.endsWith("]")) {
                in = line.substring(1, line.length() - 1).trim().equals(profile);
                continue;
            }
            int eq = line.indexOf('=');
            if (!in || eq < 0) {
                continue;
            }
            String k = line.substring(0, eq).trim();
            String v = line.substring(eq + 1).trim();
            switch (k) {
                case "aws_access_key_id" -> id = v;
                case "aws_secret_access_key" -> secret = v;
                case "aws_session_token" -> token = v;
                default -> { }
            }
        }
        return id != null && secret != null ? new AwsCredentials(id, secret, token) : null;
    }

    private static String first(Map<String, String> env, String... names) {
        for (String n : names) {
            String v = env.get(n);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    /**
     * {@return the HTTP(S) URL of {@code s3://bucket/key}}
     *
     * @param s3 an {@code s3://bucket/key} URI
     */
    public URI httpUri(URI s3) {
        String bucket = s3.getHost() != null ? s3.getHost() : s3.getAuthority();
        if (bucket == null || bucket.isEmpty()) {
            throw new IllegalArgumentException("no bucket in " + s3);
        }
        String key = s3.getRawPath() == null ? "/" : s3.getRawPath();
        if (endpoint != null) {
            String base = endpoint.toString();
            if (base.endsWith("/")) {
                base = base.substring(0, base.length() - 1);
            }
            return URI.create(base + "/" + bucket + key);
        }
        return URI.create("https://" + bucket + ".s3." + region + ".amazonaws.com" + key);
    }
}
