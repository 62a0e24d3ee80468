package io.applydesk.automation.sandbox;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FormDataTest {

    @Test
    void multipartKeepsFileBytesExactlyEvenWhenTheyLookLikeBoundariesAndLineBreaks() {
        byte[] tricky = new byte[256 + 40];
        for (int i = 0; i < 256; i++) {
            tricky[i] = (byte) i;
        }
        byte[] lookalike = ("\r\n--" + MultipartBody.BOUNDARY.substring(0, 20) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(lookalike, 0, tricky, 256, lookalike.length);
        MultipartBody body = new MultipartBody()
                .field("job_application[first_name]", "Jordan")
                .file("file", "résumé \\\"final\\\".pdf", "application/pdf", tricky)
                .field("tags", "a")
                .field("tags", "b\r\nc");

        FormData form = FormData.parse(body.contentType(), body.bytes());

        assertEquals("Jordan", form.value("job_application[first_name]"));
        assertEquals(List.of("a", "b\r\nc"), form.values("tags"));
        assertEquals(1, form.files().size());
        UploadedFile file = form.files().get(0);
        assertEquals("file", file.fieldName());
        assertEquals("résumé \"final\".pdf", file.fileName());
        assertEquals("application/pdf", file.contentType());
        assertArrayEquals(tricky, file.bytes());
    }

    @Test
    void anEmptyFileInputIsNoFileButAnEmptyTextFieldIsAnEmptyValue() {
        MultipartBody body = new MultipartBody()
                .file("file", "", "application/octet-stream", new byte[0])
                .field("job_application[phone]", "");

        FormData form = FormData.parse(body.contentType(), body.bytes());

        assertEquals(List.of(), form.files());
        assertEquals(List.of(""), form.values("job_application[phone]"));
    }

    @Test
    void quotedBoundaryAndUrlEncodedFormsAreUnderstood() {
        MultipartBody body = new MultipartBody().field("a", "1");
        FormData quoted = FormData.parse("multipart/form-data; boundary=\"" + MultipartBody.BOUNDARY + "\"", body.bytes());
        assertEquals("1", quoted.value("a"));

        FormData encoded = FormData.parse("application/x-www-form-urlencoded",
                "job_application%5Bemail%5D=j%40example.com&x=a+b&x=&flag".getBytes(StandardCharsets.US_ASCII));
        assertEquals("j@example.com", encoded.value("job_application[email]"));
        assertEquals(List.of("a b", ""), encoded.values("x"));
        assertEquals("", encoded.value("flag"));
        assertEquals("", encoded.value("missing"));
    }

    @Test
    void aTruncatedMultipartBodyIsRefused() {
        byte[] body = ("--" + MultipartBody.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end")
                .getBytes(StandardCharsets.US_ASCII);
        assertThrows(IllegalArgumentException.class,
                () -> FormData.parse("multipart/form-data; boundary=" + MultipartBody.BOUNDARY, body));
    }
}
