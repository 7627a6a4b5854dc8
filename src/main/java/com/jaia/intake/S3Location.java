package com.jaia.intake;

import java.net.URI;

/**
 * A bucket and a key (or key prefix) written as {@code s3://bucket/key}.
 *
 * @param bucket the bucket
 * @param key the object key or prefix, without a leading slash
 */
record S3Location(String bucket, String key) {

    static S3Location parse(String uri) {
        URI parsed;
        try {
            parsed = URI.create(uri == null ? "" : uri.trim());
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an s3:// URI: " + uri);
        }
        if (!"s3".equalsIgnoreCase(parsed.getScheme()) || parsed.getHost() == null) {
            throw new IllegalArgumentException("not an s3://bucket/key URI: " + uri);
        }
        String path = parsed.getPath() == null ? "" : parsed.getPath();
        return new S3Location(parsed.getHost(), path.startsWith("/") ? path.substring(1) : path);
    }

    @Override
    public String toString() {
        return "s3://" + bucket + "/" + key;
    }

}
