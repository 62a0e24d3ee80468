package io.applydesk.core.search.catalog;

import io.applydesk.core.common.Page;
import io.applydesk.core.common.PageRequest;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.search.Board;
import io.applydesk.core.store.Ids;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * The candidate's own list of job boards, kept in H2: add a board by pasting any job or board link (or by picking
 * it from the {@link BoardCatalog}), remove it, group boards into named groups, list them a page at a time.
 *
 * <p>Thread-safe: every call is one transaction.
 */
public final class BoardList {
    static final String GROUP_ID_PREFIX = "bgrp";
    static final int MAX_GROUP_NAME = 200;

    private final Jdbi jdbi;
    private final BoardUrls urls;
    private final Clock clock;

    /**
     * @param parser recognises the pasted links (give it the practice server's host aliases to add practice boards)
     */
    public BoardList(Jdbi jdbi, BoardCatalog catalog, JobLinkParser parser, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi);
        this.urls = new BoardUrls(parser, catalog);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Adds the board a job or board link is on; adding a board already on the list returns it unchanged.
     *
     * @throws ApplyDeskException INVALID_JOB_URL (not a web link, or it names no board) or ATS_NOT_SUPPORTED
     *                            (an employer's own careers site, or a site ApplyDesk does not read)
     */
    public SavedBoard addFromUrl(String url) {
        return add(urls.recognise(url), url == null ? null : url.strip());
    }

    /**
     * The board a job or board link is on, without adding it.
     *
     * @throws ApplyDeskException as {@link #addFromUrl}
     */
    public Board recognise(String url) {
        return urls.recognise(url);
    }

    /** Adds a board, e.g. one picked from {@link BoardCatalog#search}; a board already on the list is returned. */
    public SavedBoard add(Board board) {
        return add(board, null);
    }

    private SavedBoard add(Board board, String sourceUrl) {
        return jdbi.inTransaction(handle -> {
            BoardListDao dao = handle.attach(BoardListDao.class);
            return dao.find(board.key()).orElseGet(() -> {
                dao.insert(board.key(), board.ats().apiValue(), board.token(), board.companyName(), sourceUrl,
                        clock.instant());
                return dao.find(board.key()).orElseThrow();
            });
        });
    }

    /** Removes the board from the list and from every group; false when it was not on the list. */
    public boolean remove(String boardKey) {
        return jdbi.withExtension(BoardListDao.class, dao -> dao.delete(lower(boardKey)) > 0);
    }

    /** One page of the list, by company name. */
    public Page<SavedBoard> list(PageRequest request) {
        return jdbi.inTransaction(handle -> {
            BoardListDao dao = handle.attach(BoardListDao.class);
            return request.toPage(dao.page(request.limit(), request.offset()), dao.count());
        });
    }

    /** Every board on the list, by company name: what a search over "my boards" reads. */
    public List<Board> boards() {
        return jdbi.withExtension(BoardListDao.class, dao -> dao.all().stream().map(SavedBoard::board).toList());
    }

    /**
     * Creates a group.
     *
     * @throws ApplyDeskException VALIDATION_ERROR when the name is blank, too long or taken (ignoring case)
     */
    public BoardGroup createGroup(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_GROUP_NAME) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "A board group needs a name of 1 to " + MAX_GROUP_NAME + " characters.", "name");
        }
        return jdbi.inTransaction(handle -> {
            BoardListDao dao = handle.attach(BoardListDao.class);
            if (dao.groups().stream().anyMatch(group -> group.name().equalsIgnoreCase(clean))) {
                throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                        "There is already a board group called \"" + clean + "\". Choose another name.", "name");
            }
            String id = Ids.newId(GROUP_ID_PREFIX);
            dao.insertGroup(id, clean, clock.instant());
            return dao.findGroup(id).orElseThrow();
        });
    }

    /** Deletes the group (its boards stay on the list); false when no such group exists. */
    public boolean deleteGroup(String groupId) {
        return jdbi.withExtension(BoardListDao.class, dao -> dao.deleteGroup(groupId) > 0);
    }

    /** Every group with its board count, by name. */
    public List<BoardGroup> groups() {
        return jdbi.withExtension(BoardListDao.class, BoardListDao::groups);
    }

    /**
     * Puts a board of the list into a group (nothing changes when it is in it already).
     *
     * @throws ApplyDeskException NOT_FOUND when the group does not exist or the board is not on the list
     */
    public void addToGroup(String groupId, String boardKey) {
        jdbi.useTransaction(handle -> {
            BoardListDao dao = handle.attach(BoardListDao.class);
            requireGroup(dao, groupId);
            if (dao.find(lower(boardKey)).isEmpty()) {
                throw new ApplyDeskException(ErrorCode.NOT_FOUND,
                        "That board is not on your board list. Add it to the list first, then to the group.",
                        boardKey);
            }
            dao.addMember(groupId, lower(boardKey));
        });
    }

    /** Takes a board out of a group (it stays on the list); false when it was not in the group. */
    public boolean removeFromGroup(String groupId, String boardKey) {
        return jdbi.withExtension(BoardListDao.class, dao -> dao.removeMember(groupId, lower(boardKey)) > 0);
    }

    /**
     * One page of a group's boards, by company name.
     *
     * @throws ApplyDeskException NOT_FOUND when the group does not exist
     */
    public Page<SavedBoard> listGroup(String groupId, PageRequest request) {
        return jdbi.inTransaction(handle -> {
            BoardListDao dao = handle.attach(BoardListDao.class);
            requireGroup(dao, groupId);
            return request.toPage(dao.pageInGroup(groupId, request.limit(), request.offset()),
                    dao.countInGroup(groupId));
        });
    }

    /**
     * Every board of a group, by company name: what a search over one group reads.
     *
     * @throws ApplyDeskException NOT_FOUND when the group does not exist
     */
    public List<Board> boardsInGroup(String groupId) {
        return jdbi.inTransaction(handle -> {
            BoardListDao dao = handle.attach(BoardListDao.class);
            requireGroup(dao, groupId);
            return dao.allInGroup(groupId).stream().map(SavedBoard::board).toList();
        });
    }

    private static void requireGroup(BoardListDao dao, String groupId) {
        if (dao.findGroup(groupId).isEmpty()) {
            throw new ApplyDeskException(ErrorCode.NOT_FOUND, "There is no board group with that id any more.",
                    groupId);
        }
    }

    private static String lower(String key) {
        return key == null ? "" : key.toLowerCase(Locale.ROOT);
    }
}
