package io.applydesk.automation.sandbox;

import java.util.Arrays;

/**
 * A file the practice ATS received, either as a part of a multipart POST or through an ATS's own
 * asynchronous upload endpoint (then {@code fieldName} is the form field it was attached to, e.g. {@code resume}).
 */
public record UploadedFile(String fieldName, String fileName, String contentType, byte[] bytes) {

    public UploadedFile {
        bytes = bytes.clone();
    }

    /** A copy: records stay immutable. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UploadedFile that
                && fieldName.equals(that.fieldName) && fileName.equals(that.fileName)
                && contentType.equals(that.contentType) && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * fieldName.hashCode() + fileName.hashCode()) + contentType.hashCode())
                + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "UploadedFile[" + fieldName + ", " + fileName + ", " + contentType + ", " + bytes.length + " bytes]";
    }
}
