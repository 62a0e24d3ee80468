package io.applydesk.core.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedAtsAccountsTest {
    private static final String SITE = AtsAccount.siteKey("workday", "acme.wd5");
    private static final String PASSWORD = "Zq7!plainly-secret-Pw";
    private static final Instant CREATED = Instant.parse("2026-11-02T09:00:00Z");

    @TempDir
    Path home;

    private DataDirectory dirs;
    private Database db;

    @BeforeEach
    void open() {
        dirs = new DataDirectory(home);
        db = Database.open(dirs);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path keyFile() {
        return home.resolve("keys").resolve(EncryptedAtsAccounts.KEY_FILE);
    }

    @Test
    void savedAccountReadsBackAndIsReplacedBySiteAndEmail() {
        AtsAccounts accounts = EncryptedAtsAccounts.open(db, dirs);
        assertEquals(Optional.empty(), accounts.find(SITE, "jordan@example.com"));

        accounts.save(new AtsAccount(SITE, "jordan@example.com", PASSWORD, CREATED));
        accounts.save(new AtsAccount(SITE, "other@example.com", "other-pw", CREATED));
        accounts.save(new AtsAccount(SITE, "jordan@example.com", PASSWORD + "2", CREATED.plusSeconds(5)));

        assertEquals(new AtsAccount(SITE, "jordan@example.com", PASSWORD + "2", CREATED.plusSeconds(5)),
                accounts.find(SITE, "jordan@example.com").orElseThrow());
        assertEquals("other-pw", accounts.find(SITE, "other@example.com").orElseThrow().password());
        assertEquals(Optional.empty(), accounts.find(AtsAccount.siteKey("workday", "globex.wd1"), "jordan@example.com"));
        long rows = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM ats_account")
                .mapTo(Long.class).one());
        assertEquals(2, rows);
    }

    @Test
    void neitherTheTableNorTheDatabaseFileHoldsThePassword() throws Exception {
        EncryptedAtsAccounts.open(db, dirs).save(new AtsAccount(SITE, "jordan@example.com", PASSWORD, CREATED));

        List<Map<String, Object>> rows = db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM ats_account")
                .mapToMap().list());
        assertEquals(1, rows.size());
        for (Object value : rows.get(0).values()) {
            assertFalse(String.valueOf(value).contains(PASSWORD), "column holds the password: " + value);
            assertFalse(String.valueOf(value).contains(Base64.getEncoder().encodeToString(
                    PASSWORD.getBytes(StandardCharsets.UTF_8))), "column holds the Base64 password");
        }
        assertEquals(12, Base64.getDecoder().decode((String) rows.get(0).get("nonce")).length);
        db.close();
        byte[] file = Files.readAllBytes(home.resolve("db").resolve("applydesk.mv.db"));
        assertFalse(new String(file, StandardCharsets.ISO_8859_1).contains(PASSWORD), "database file holds it");
        assertFalse(new String(file, StandardCharsets.UTF_16BE).contains(PASSWORD));
        db = Database.open(dirs);
    }

    @Test
    void keyFileIsThirtyTwoBytesReadableOnlyByTheOwner() throws Exception {
        EncryptedAtsAccounts.open(db, dirs).save(new AtsAccount(SITE, "jordan@example.com", PASSWORD, CREATED));

        assertEquals(32, Files.size(keyFile()));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile().getParent())));
    }

    @Test
    void anotherStoreOnTheSameDataDirectoryReadsTheAccount() throws Exception {
        EncryptedAtsAccounts.open(db, dirs).save(new AtsAccount(SITE, "jordan@example.com", PASSWORD, CREATED));
        byte[] key = Files.readAllBytes(keyFile());
        db.close();
        db = Database.open(dirs);

        assertEquals(PASSWORD, EncryptedAtsAccounts.open(db, dirs).find(SITE, "jordan@example.com")
                .orElseThrow().password());
        assertArrayEquals(key, Files.readAllBytes(keyFile()), "the key is reused, not replaced");
    }

    @Test
    void alteredCiphertextIsRefusedClearlyAndOtherAccountsStayReadable() {
        AtsAccounts accounts = EncryptedAtsAccounts.open(db, dirs);
        accounts.save(new AtsAccount(SITE, "jordan@example.com", PASSWORD, CREATED));
        accounts.save(new AtsAccount(SITE, "other@example.com", "other-pw", CREATED));
        db.jdbi().useHandle(h -> {
            String c = h.createQuery("SELECT ciphertext FROM ats_account WHERE email = 'jordan@example.com'")
                    .mapTo(String.class).one();
            byte[] bytes = Base64.getDecoder().decode(c);
            bytes[0] ^= 1;
            h.createUpdate("UPDATE ats_account SET ciphertext = :c WHERE email = 'jordan@example.com'")
                    .bind("c", Base64.getEncoder().encodeToString(bytes)).execute();
        });

        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> accounts.find(SITE, "jordan@example.com"));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertTrue(e.getMessage().contains("could not read the account it saved for jordan@example.com on " + SITE),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("ApplyDesk will create the account again."), e.getMessage());
        assertEquals("other-pw", accounts.find(SITE, "other@example.com").orElseThrow().password());

        accounts.save(new AtsAccount(SITE, "jordan@example.com", "new-pw", CREATED));
        assertEquals("new-pw", accounts.find(SITE, "jordan@example.com").orElseThrow().password());
    }

    @Test
    void aRowMovedToAnotherEmailDoesNotDecrypt() {
        AtsAccounts accounts = EncryptedAtsAccounts.open(db, dirs);
        accounts.save(new AtsAccount(SITE, "jordan@example.com", PASSWORD, CREATED));
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE ats_account SET email = 'mallory@example.com'").execute());

        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> accounts.find(SITE, "mallory@example.com"));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
    }

    @Test
    void aReplacedKeyFileIsRefusedClearly() throws Exception {
        EncryptedAtsAccounts.open(db, dirs).save(new AtsAccount(SITE, "jordan@example.com", PASSWORD, CREATED));
        byte[] otherKey = new byte[32];
        otherKey[5] = 42;
        Files.write(keyFile(), otherKey);

        AtsAccounts reopened = EncryptedAtsAccounts.open(db, dirs);
        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> reopened.find(SITE, "jordan@example.com"));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertTrue(e.getMessage().contains("the account key file (" + keyFile() + ") or the saved account was changed"),
                e.getMessage());
        assertFalse(e.getMessage().contains(PASSWORD));
    }

    @Test
    void aDamagedKeyFileIsRefusedClearly() throws Exception {
        EncryptedAtsAccounts.open(db, dirs).save(new AtsAccount(SITE, "jordan@example.com", PASSWORD, CREATED));
        Files.write(keyFile(), new byte[7]);

        AtsAccounts reopened = EncryptedAtsAccounts.open(db, dirs);
        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> reopened.find(SITE, "jordan@example.com"));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertTrue(e.getMessage().contains("is damaged") && e.getMessage().contains("Delete that file"),
                e.getMessage());
    }

    @Test
    void aMissingKeyFileMakesANewKeyAndTheOldAccountIsRefused() throws Exception {
        EncryptedAtsAccounts.open(db, dirs).save(new AtsAccount(SITE, "jordan@example.com", PASSWORD, CREATED));
        Files.delete(keyFile());

        AtsAccounts reopened = EncryptedAtsAccounts.open(db, dirs);
        assertThrows(ApplyDeskException.class, () -> reopened.find(SITE, "jordan@example.com"));
        assertEquals(32, Files.size(keyFile()));
        reopened.save(new AtsAccount(SITE, "jordan@example.com", "again-pw", CREATED));
        assertEquals("again-pw", reopened.find(SITE, "jordan@example.com").orElseThrow().password());
    }
}
