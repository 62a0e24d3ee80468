package io.applydesk.core.application;

import io.applydesk.core.error.ErrorCode;

/** The hosted API's {@code error{code, message}} of an application. */
public record ApplicationError(ErrorCode code, String message) {
}
