package org.nwbj.hdf5.remote;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for S3 GET requests without a body: the canonical request, the string to sign and the
 * HMAC-SHA256 signing key chain of AWS's "Signature Version 4 signing process"; the payload hash is that of the
 * empty body.
 */
final class SigV4 {
    static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final AwsCredentials credentials;
    private final String region;
    private final String service;

    SigV4(AwsCredentials credentials, String region, String service) {
        this.credentials = credentials;
        this.region = region;
        this.service = service;
    }

    /**
     * The headers to add to GET {@code uri} carrying {@code headers} (signed too) at {@code now}: x-amz-date,
     * x-amz-content-sha256, x-amz-security-token when there is a session token, and Authorization.
     */
    Map<String, String> sign(URI uri, Map<String, String> headers, Instant now) {
        String amzDate = STAMP.format(now);
        String day = amzDate.substring(0, 8);
        TreeMap<String, String> signed = new TreeMap<>();
        for (Map.Entry<String, String> h : headers.entrySet()) {
            signed.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue().trim());
        }
        signed.put("host", hostHeader(uri));
        signed.put("x-amz-date", amzDate);
        signed.put("x-amz-content-sha256", EMPTY_SHA256);
        if (credentials.sessionToken() != null && !credentials.sessionToken().isEmpty()) {
            signed.put("x-amz-security-token", credentials.sessionToken());
        }
        StringBuilder canonicalHeaders = new StringBuilder();
        for (Map.Entry<String, String> h : signed.entrySet()) {
            canonicalHeaders.append(h.getKey()).append(':').append(h.getValue()).append('\n');
        }
        String signedHeaders = String.join(";", signed.keySet());
        String canonical = "GET\n" + canonicalPath(uri) + "\n" + canonicalQuery(uri) + "\n" + canonicalHeaders
                + "\n" + signedHeaders + "\n" + EMPTY_SHA256;
        String scope = day + "/" + region + "/" + service + "/aws4_request";
        String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + hex(sha256(canonical));
        byte[] key = hmac(("AWS4" + credentials.secretAccessKey()).getBytes(StandardCharsets.UTF_8), day);
        key = hmac(key, region);
        key = hmac(key, service);
        key = hmac(key, "aws4_request");
        String signature = hex(hmac(key, toSign));
        TreeMap<String, String> out = new TreeMap<>();
        out.put("x-amz-date", amzDate);
        out.put("x-amz-content-sha256", EMPTY_SHA256);
        if (signed.containsKey("x-amz-security-token")) {
            out.put("x-amz-security-token", signed.get("x-amz-security-token"));
        }
        out.put("Authorization", "AWS4-HMAC-SHA256 Credential=" + credentials.accessKeyId() + "/" + scope
                + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature);
        return out;
    }

    /** The Host header as HTTP clients send it: the port only when it is not the scheme's default. */
    static String hostHeader(URI uri) {
        int port = uri.getPort();
        boolean standard = port == -1 || (port == 80 && "http".equalsIgnoreCase(uri.getScheme()))
                || (port == 443 && "https".equalsIgnoreCase(uri.getScheme()));
        return standard ? uri.getHost() : uri.getHost() + ":" + port;
    }

    /** The path with each segment URI-encoded once (S3 does not normalize or double-encode). */
    static String canonicalPath(URI uri) {
        String path = uri.getPath();
        if (path == null || path.isEmpty()) {
            return "/";
        }
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            segments[i] = encode(segments[i]);
        }
        return String.join("/", segments);
    }

    private static String canonicalQuery(URI uri) {
        String q = uri.getRawQuery();
        if (q == null || q.isEmpty()) {
            return "";
        }
        TreeMap<String, String> params = new TreeMap<>();
        for (String p : q.split("&")) {
            int eq = p.indexOf('=');
            String k = eq < 0 ? p : p.substring(0, eq);
            String v = eq < 0 ? "" : p.substring(eq + 1);
            params.put(encode(decode(k)), encode(decode(v)));
        }
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (b.length() > 0) {
                b.append('&');
            }
            b.append(e.getKey()).append('=').append(e.getValue());
        }
        return b.toString();
    }

    private static String decode(String s) {
        try {
            return java.net.URLDecoder.decode(s.replace("+", "%2B"), "UTF-8");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 3986 percent-encoding of everything but unreserved characters. */
    static String encode(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return b.toString();
    }

    static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 missing from the platform", e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 missing from the platform", e);
        }
    }

    static String hex(byte[] b) {
        StringBuilder s = new StringBuilder(b.length * 2);
        for (byte x : b) {
            s.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
        }
        return s.toString();
    }
}
