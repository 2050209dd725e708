package org.nwbj.hdf5.remote;

/**
 * AWS credentials for signing S3 requests.
 *
 * @param accessKeyId the access key id
 * @param secretAccessKey the secret key
 * @param sessionToken a session token (temporary credentials), or null
 */
public record AwsCredentials(String accessKeyId, String secretAccessKey, String sessionToken) {
    @Override
    public String toString() {
        return "AwsCredentials[" + accessKeyId + ", secret hidden]";
    }
}
