package fr.ploucs.web;

import fr.ploucs.sharedkernel.NavigationEntry;
import fr.ploucs.sharedkernel.NavigationEntry.Audience;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the navigation entries every module declares into what a page shows: the header (the app's own entries and
 * one link per pillar, to the pillar's landing page), the navigation of the pillar the page belongs to (its entries,
 * feature by feature) and, for the home page, every pillar's entries. Only the entries the visitor's audiences may
 * see count: a pillar without any of them is not shown at all.
 * <p>
 * The page belongs to the pillar of the entry whose path is the longest prefix of its path (a pillar's pages need no
 * marking), or else to the pillar named by its path's first segment ({@code /cooperation/territory/...}).
 */
final class NavigationMenus {

    static final String PAGE = "page";
    static final String WITHIN = "true";

    private final List<NavigationEntry> entries;

    NavigationMenus(List<NavigationEntry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
    }

    Menus forVisitor(Set<Audience> audiences, String path) {
        List<NavigationEntry> visible = entries.stream().filter(entry -> audiences.contains(entry.audience())).toList();
        Optional<NavigationEntry> current = visible.stream()
                .filter(entry -> matches(entry.path(), path))
                .max(Comparator.comparingInt(entry -> entry.path().length()));
        Map<String, List<NavigationEntry>> byPillar = new LinkedHashMap<>();
        visible.stream().filter(NavigationEntry::inPillar)
                .forEach(entry -> byPillar.computeIfAbsent(entry.pillar(), pillar -> new ArrayList<>()).add(entry));
        String currentPillar = current.filter(NavigationEntry::inPillar).map(NavigationEntry::pillar)
                .orElseGet(() -> byPillar.containsKey(firstSegment(path)) ? firstSegment(path) : null);

        List<Ordered> header = new ArrayList<>();
        visible.stream().filter(entry -> !entry.inPillar())
                .forEach(entry -> header.add(new Ordered(entry.order(), item(entry, path))));
        byPillar.forEach((pillar, pillarEntries) -> {
            NavigationEntry landing = pillarEntries.get(0);
            String ariaCurrent = pillar.equals(currentPillar) ? (landing.path().equals(path) ? PAGE : WITHIN) : null;
            header.add(new Ordered(landing.order(), new Item(pillarLabel(pillar), landing.path(), ariaCurrent)));
        });

        List<Section> sections = byPillar.entrySet().stream()
                .map(pillar -> new Section(pillar.getKey(), pillar.getValue().stream().map(entry -> item(entry, path)).toList()))
                .toList();
        Pillar pillar = currentPillar == null ? null : pillar(currentPillar, byPillar.get(currentPillar), path);
        return new Menus(header.stream().sorted(Comparator.comparingInt(Ordered::order)).map(Ordered::item).toList(),
                pillar, sections);
    }

    private static Pillar pillar(String id, List<NavigationEntry> pillarEntries, String path) {
        Map<String, List<Item>> byFeature = new LinkedHashMap<>();
        pillarEntries.forEach(entry -> byFeature.computeIfAbsent(entry.feature(), feature -> new ArrayList<>())
                .add(item(entry, path)));
        List<Group> groups = byFeature.entrySet().stream()
                .map(feature -> new Group(feature.getKey(),
                        feature.getValue().size() > 1 ? "nav.section." + id + "." + feature.getKey() : null,
                        feature.getValue()))
                .toList();
        return new Pillar(id, pillarLabel(id), groups);
    }

    private static Item item(NavigationEntry entry, String path) {
        String ariaCurrent = entry.path().equals(path) ? PAGE : matches(entry.path(), path) ? WITHIN : null;
        return new Item(entry.labelKey(), entry.path(), ariaCurrent);
    }

    static String pillarLabel(String pillar) {
        return "nav.section." + pillar;
    }

    /** Whether the page at {@code path} is the entry's page or lies under it; the home page only matches itself. */
    static boolean matches(String entryPath, String path) {
        if (entryPath.equals("/")) {
            return path.equals("/");
        }
        String prefix = entryPath.endsWith("/") ? entryPath : entryPath + "/";
        return path.equals(entryPath) || path.startsWith(prefix);
    }

    private static String firstSegment(String path) {
        String[] segments = path.split("/");
        return segments.length > 1 ? segments[1] : "";
    }

    private record Ordered(int order, Item item) {
    }

    /**
     * What a page shows.
     *
     * @param header   the app's entries and one link per pillar, in order
     * @param pillar   the navigation of the pillar the page belongs to, or null
     * @param sections every pillar's entries, for the home page
     */
    record Menus(List<Item> header, Pillar pillar, List<Section> sections) {
        static final Menus NONE = new Menus(List.of(), null, List.of());
    }

    /**
     * @param ariaCurrent {@code page} on the entry's own page, {@code true} on a page under it, otherwise null
     */
    record Item(String labelKey, String path, String ariaCurrent) {
        public boolean current() {
            return ariaCurrent != null;
        }
    }

    /** A pillar's own navigation: its features' entries. */
    record Pillar(String id, String labelKey, List<Group> groups) {
    }

    /** @param labelKey the feature's heading when it has several entries, otherwise null */
    record Group(String feature, String labelKey, List<Item> items) {
    }

    /** A pillar's entries, as the home page lists them. */
    record Section(String pillar, List<Item> items) {
        public boolean current() {
            return items.stream().anyMatch(Item::current);
        }
    }
}
