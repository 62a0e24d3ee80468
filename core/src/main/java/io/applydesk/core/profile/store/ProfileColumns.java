package io.applydesk.core.profile.store;

/**
 * Table and column names of V1__profiles.sql and of the columns later migrations add, in one place (mappers read
 * by these names).
 */
public final class ProfileColumns {
    public static final String ID = "id";
    public static final String PROFILE_ID = "profile_id";
    public static final String NAME = "name";
    public static final String EMAIL = "email";
    public static final String DOCUMENT = "document";
    public static final String CREATED_AT = "created_at";
    public static final String UPDATED_AT = "updated_at";

    public static final String FILE_NAME = "file_name";
    public static final String STORED_PATH = "stored_path";
    public static final String FORMAT = "format";
    public static final String SIZE_BYTES = "size_bytes";
    public static final String SHA256 = "sha256";
    public static final String IS_DEFAULT = "is_default";

    public static final String QUESTION = "question";
    public static final String NORMALIZED_QUESTION = "normalized_question";
    public static final String ANSWER = "answer";
    public static final String QUESTION_TYPE = "question_type";
    public static final String QUESTION_OPTIONS = "question_options";

    private ProfileColumns() {
    }
}
