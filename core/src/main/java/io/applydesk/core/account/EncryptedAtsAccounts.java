package io.applydesk.core.account;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import io.applydesk.core.store.ResultSets;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Job-site accounts encrypted at rest: AES-256-GCM in the {@code ats_account} table, a random 96-bit
 * nonce per record and the site and e-mail address as associated data (a row copied onto another
 * site or address does not decrypt). The 32-byte key lives in {@code <data>/keys/accounts.key},
 * created on first use and readable only by the user (POSIX 600 in a 700 folder, or an owner-only
 * ACL on Windows); neither the key nor a password is ever logged.
 *
 * <p>Not the OS keyring: no maintained Java keyring library is available to this build, and the
 * Secret Service it would need is absent on headless Linux, so the encrypted store is the one that
 * always works.
 *
 * <p>Thread-safe.
 */
public final class EncryptedAtsAccounts implements AtsAccounts {
    private static final Logger LOG = LoggerFactory.getLogger(EncryptedAtsAccounts.class);

    static final String KEY_FILE = "accounts.key";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Jdbi jdbi;
    private final Path keyFile;
    /** Loaded (or created) on first use; guarded by {@code this}. */
    private SecretKeySpec key;

    EncryptedAtsAccounts(Jdbi jdbi, Path keyFile) {
        this.jdbi = jdbi;
        this.keyFile = keyFile;
    }

    /** The store of this data directory's database; the key file is {@code <data>/keys/accounts.key}. */
    public static EncryptedAtsAccounts open(Database database, DataDirectory dataDirectory) {
        return new EncryptedAtsAccounts(database.jdbi(), dataDirectory.root().resolve("keys").resolve(KEY_FILE));
    }

    /**
     * @throws ApplyDeskException VALIDATION_ERROR when the stored account cannot be decrypted (key file
     *                            replaced or damaged, row altered): the caller creates the account again
     */
    @Override
    public Optional<AtsAccount> find(String site, String email) {
        Optional<StoredRow> row = jdbi.withHandle(h -> h.createQuery(
                        "SELECT ciphertext, nonce, created_at FROM ats_account WHERE site = :site AND email = :email")
                .bind("site", site).bind("email", email)
                .map((rs, ctx) -> new StoredRow(rs.getString("ciphertext"), rs.getString("nonce"),
                        ResultSets.instant(rs, "created_at")))
                .findOne());
        if (row.isEmpty()) {
            return Optional.empty();
        }
        String password = decrypt(site, email, row.get());
        return Optional.of(new AtsAccount(site, email, password, row.get().createdAt()));
    }

    @Override
    public synchronized void save(AtsAccount account) {
        byte[] nonce = new byte[NONCE_BYTES];
        Randomness.SOURCE.nextBytes(nonce);
        byte[] ciphertext = crypt(Cipher.ENCRYPT_MODE, nonce, account.site(), account.email(),
                account.password().getBytes(StandardCharsets.UTF_8));
        Base64.Encoder b64 = Base64.getEncoder();
        Instant createdAt = account.createdAt().truncatedTo(ChronoUnit.MILLIS);
        // Update then insert: MERGE/ON CONFLICT are not portable; `synchronized` keeps two saves apart.
        jdbi.useTransaction(h -> {
            int updated = h.createUpdate("UPDATE ats_account SET ciphertext = :c, nonce = :n, created_at = :at "
                            + "WHERE site = :site AND email = :email")
                    .bind("c", b64.encodeToString(ciphertext)).bind("n", b64.encodeToString(nonce))
                    .bind("at", createdAt).bind("site", account.site()).bind("email", account.email()).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO ats_account (site, email, ciphertext, nonce, created_at) "
                                + "VALUES (:site, :email, :c, :n, :at)")
                        .bind("c", b64.encodeToString(ciphertext)).bind("n", b64.encodeToString(nonce))
                        .bind("at", createdAt).bind("site", account.site()).bind("email", account.email())
                        .execute();
            }
        });
    }

    private String decrypt(String site, String email, StoredRow row) {
        byte[] plain;
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            plain = crypt(Cipher.DECRYPT_MODE, b64.decode(row.nonce()), site, email, b64.decode(row.ciphertext()));
        } catch (IllegalArgumentException e) { // not Base64, or a nonce of the wrong size
            throw unreadable(site, email, e);
        }
        return new String(plain, StandardCharsets.UTF_8);
    }

    private byte[] crypt(int mode, byte[] nonce, String site, String email, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(site, email));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw unreadable(site, email, e);
        } catch (GeneralSecurityException e) {
            if (mode == Cipher.DECRYPT_MODE) {
                throw unreadable(site, email, e);
            }
            throw new IllegalStateException("AES-GCM is part of every Java 17 runtime", e);
        }
    }

    /** Length-prefixed, so that ("a:b", "c") and ("a", "b:c") never give the same bytes. */
    private static byte[] associatedData(String site, String email) {
        byte[] s = site.getBytes(StandardCharsets.UTF_8);
        byte[] e = email.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(8 + s.length + e.length).putInt(s.length).put(s).putInt(e.length).put(e).array();
    }

    private ApplyDeskException unreadable(String site, String email, Exception cause) {
        // The cause names only the failed check, never key or password bytes.
        LOG.warn("The saved account for {} on {} could not be decrypted: {}", email, site, cause.toString());
        return new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                "ApplyDesk could not read the account it saved for " + email + " on " + site
                        + ": the account key file (" + keyFile + ") or the saved account was changed. "
                        + "ApplyDesk will create the account again.", site);
    }

    private synchronized SecretKeySpec key() {
        if (key == null) {
            byte[] bytes = Files.exists(keyFile) ? readKey() : createKey();
            key = new SecretKeySpec(bytes, "AES");
            Arrays.fill(bytes, (byte) 0);
        }
        return key;
    }

    private byte[] readKey() {
        try {
            byte[] bytes = Files.readAllBytes(keyFile);
            if (bytes.length != KEY_BYTES) {
                throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                        "The account key file " + keyFile + " is damaged, so the accounts ApplyDesk created on "
                                + "job sites cannot be read or saved. Delete that file: ApplyDesk then makes a new "
                                + "key and creates the accounts again.", KEY_FILE);
            }
            return bytes;
        } catch (IOException e) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "ApplyDesk could not read its account key file " + keyFile + ".", KEY_FILE, e);
        }
    }

    /** 32 random bytes in a new owner-only file; never overwrites a key that exists. */
    private byte[] createKey() {
        byte[] bytes = new byte[KEY_BYTES];
        Randomness.SOURCE.nextBytes(bytes);
        try {
            Path dir = keyFile.getParent();
            boolean posix = Files.getFileStore(Files.createDirectories(dir.getParent()))
                    .supportsFileAttributeView("posix");
            if (posix) {
                createPrivate(dir, true);
                Files.write(createPrivate(keyFile, false), bytes, StandardOpenOption.TRUNCATE_EXISTING);
            } else {
                Files.createDirectories(dir);
                Files.write(keyFile, new byte[0], StandardOpenOption.CREATE_NEW);
                restrictToOwner(keyFile);
                Files.write(keyFile, bytes, StandardOpenOption.TRUNCATE_EXISTING);
            }
            return bytes;
        } catch (FileAlreadyExistsException e) {
            return readKey(); // another process made it first
        } catch (IOException e) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "ApplyDesk could not create its account key file " + keyFile + ".", KEY_FILE, e);
        }
    }

    /** Creates the file (600) or folder (700) with its permissions set at creation, not after. */
    private static Path createPrivate(Path path, boolean directory) throws IOException {
        FileAttribute<?> attr = PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------"));
        if (directory) {
            return Files.isDirectory(path) ? path : Files.createDirectory(path, attr);
        }
        return Files.createFile(path, attr);
    }

    /** Windows: an ACL with one entry, the owner with full access. */
    private static void restrictToOwner(Path file) throws IOException {
        AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (acl == null) {
            LOG.warn("The file system of {} supports neither POSIX permissions nor ACLs", file.getParent());
            return;
        }
        UserPrincipal owner = Files.getOwner(file);
        acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
    }

    private record StoredRow(String ciphertext, String nonce, Instant createdAt) {
    }

    /**
     * Made on first use: a SecureRandom's provider look-up and seeding cost every desktop start ~0.03 s before its
     * window (docs/BENCHMARKS.md), where the store is only opened.
     */
    private static final class Randomness {
        static final SecureRandom SOURCE = new SecureRandom();
    }
}
