package fr.ploucs.accompaniment.projects.application.port.in;

import fr.ploucs.accompaniment.projects.domain.ProjectId;
import fr.ploucs.accompaniment.projects.domain.Stage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Reads of the followed projects for lists and counts, answered by SQL (search, filters and paging done by
 * PostgreSQL), never by loading every project.
 */
public interface ProjectListQuery {

    int DEFAULT_PAGE_SIZE = 25;

    /** How much of a search text is used: more is cut. */
    int SEARCH_MAX = 200;

    /**
     * One page of the projects matching the search, by title.
     *
     * @param page from 0; a page past the last gives the last one (or the first, when nothing matches)
     */
    ProjectListPage list(ProjectSearch search, int page, int size);

    /** The projects still followed (not left the incubator). */
    List<UUID> followedProjectIds();

    /**
     * @param title      part of the title, any case; blank = any
     * @param holder     part of a holder's name, any case; blank = any
     * @param communeCode the commune's INSEE code; null = any
     * @param stage      the current stage; null = any
     * @param cohortId   null = any
     * @param onlyAmong  the only projects that may be listed (a representative's), null = all
     */
    record ProjectSearch(String title, String holder, String communeCode, Stage stage, UUID cohortId,
                         Collection<UUID> onlyAmong) {

        public static ProjectSearch everything() {
            return new ProjectSearch(null, null, null, null, null, null);
        }
    }

    record ProjectListing(ProjectId id, String title, String holders, String communeCode, Stage stage,
                          LocalDate stageSince, UUID cohortId, boolean left) {
    }

    /** @param page from 0; @param total how many projects match, over all pages */
    record ProjectListPage(List<ProjectListing> projects, int page, int size, long total) {

        public int pageCount() {
            return total == 0 ? 1 : (int) ((total + size - 1) / size);
        }

        public boolean isEmpty() {
            return projects.isEmpty();
        }
    }
}
