package io.applydesk.automation.ats.workday;

import com.microsoft.playwright.Page;
import io.applydesk.automation.ats.ApplicationForm;
import io.applydesk.automation.ats.AtsAdapter;
import io.applydesk.automation.ats.FormFingerprint;
import io.applydesk.core.account.AtsAccounts;

import java.util.Objects;

/**
 * Applies on Workday ({tenant}.wd{N}.myworkdayjobs.com): from the posting through the account wall and
 * the wizard. Needs the store of the accounts ApplyDesk creates, one per tenant.
 */
public final class WorkdayAdapter implements AtsAdapter {
    private final AtsAccounts accounts;

    /** @param accounts where tenant accounts are found and kept (never logged: they hold passwords) */
    public WorkdayAdapter(AtsAccounts accounts) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
    }

    @Override
    public FormFingerprint form() {
        return FormFingerprint.WORKDAY;
    }

    @Override
    public ApplicationForm open(Page page) {
        return new WorkdayApplication(page, accounts);
    }
}
