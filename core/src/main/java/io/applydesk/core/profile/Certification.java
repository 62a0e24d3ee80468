package io.applydesk.core.profile;

public record Certification(String name, String issuer, String date) {
}
