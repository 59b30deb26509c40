package fr.ploucs.sharedkernel.territory;


import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * The territory reference read from the CSV files shipped in the shared-kernel jar ({@code territory/*.csv}, written
 * by {@code shared-kernel/scripts/refresh-territory.sh}), once, on first use, and then kept in memory: about 35,000
 * communes take a few megabytes and a search scans them in a millisecond or two. No database is involved.
 * {@link #france()} is the one instance every pillar shares, so the files are read once per application.
 */
public final class ClasspathTerritoryReference implements TerritoryReference {

    private final String location;
    private volatile Index index;

    /** The reference of the whole of France shipped in this jar, loaded on first use and shared by every pillar. */
    public static TerritoryReference france() {
        return France.INSTANCE;
    }

    ClasspathTerritoryReference() {
        this("territory/");
    }

    /** {@code location}: the classpath folder holding communes.csv, epcis.csv, departements.csv, source.properties. */
    ClasspathTerritoryReference(String location) {
        this.location = location;
    }

    @Override
    public List<Commune> findCommunes(String typed, int limit) {
        Index idx = index();
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        if (TerritoryText.isDigits(text)) {
            return idx.communes.stream()
                    .filter(entry -> entry.value.code().equals(text)
                            || entry.value.postcodes().stream().anyMatch(p -> p.startsWith(text)))
                    .sorted(Comparator.comparing((Entry<Commune> entry) -> entry.value.postcodeFor(text))
                            .thenComparing(entry -> entry.key))
                    .limit(limit)
                    .map(entry -> entry.value)
                    .toList();
        }
        return best(idx.communes, TerritoryText.normalize(text), limit,
                Comparator.comparingInt((Entry<Commune> entry) -> -entry.value.population()));
    }

    @Override
    public List<Commune> communesNamed(String name) {
        return index().communesByName.getOrDefault(TerritoryText.normalize(name), List.of());
    }

    @Override
    public Optional<Commune> commune(String inseeCode) {
        return Optional.ofNullable(index().communesByCode.get(inseeCode));
    }

    @Override
    public List<Epci> findEpcis(String typed, int limit) {
        String key = TerritoryText.normalize(typed);
        if (key.isEmpty()) {
            return List.of();
        }
        return best(index().epcis, key, limit, Comparator.comparing(entry -> entry.key));
    }

    @Override
    public List<Epci> epcisNamed(String name) {
        String key = TerritoryText.normalize(name);
        return index().epcis.stream().filter(entry -> entry.key.equals(key)).map(entry -> entry.value).toList();
    }

    @Override
    public Optional<Epci> epci(String siren) {
        return Optional.ofNullable(index().epcisByCode.get(siren));
    }

    @Override
    public List<Commune> communesOf(String epciSiren) {
        return index().communes.stream()
                .filter(entry -> epciSiren.equals(entry.value.epciCode()))
                .map(entry -> entry.value)
                .toList();
    }

    @Override
    public Optional<Departement> departement(String code) {
        return Optional.ofNullable(index().departements.get(code));
    }

    @Override
    public String source() {
        return index().source;
    }

    /**
     * Entries whose key contains {@code key}: the whole key first, then those starting with it, then those with a word
     * starting with it, then the rest; {@code tieBreak}, then the key, among equals.
     */
    private static <T> List<T> best(List<Entry<T>> entries, String key, int limit, Comparator<Entry<T>> tieBreak) {
        String wordStart = " " + key;
        Comparator<Entry<T>> byRank = Comparator.comparingInt(entry -> rank(entry.key, key, wordStart));
        return entries.stream()
                .filter(entry -> entry.key.contains(key))
                .sorted(byRank.thenComparing(tieBreak).thenComparing(entry -> entry.key))
                .limit(limit)
                .map(entry -> entry.value)
                .toList();
    }

    private static int rank(String candidate, String key, String wordStart) {
        if (candidate.equals(key)) {
            return 0;
        }
        if (candidate.startsWith(key)) {
            return 1;
        }
        return candidate.contains(wordStart) ? 2 : 3;
    }

    private Index index() {
        Index loaded = index;
        if (loaded == null) {
            synchronized (this) {
                loaded = index;
                if (loaded == null) {
                    loaded = load();
                    index = loaded;
                }
            }
        }
        return loaded;
    }

    private Index load() {
        List<Entry<Commune>> communes = new ArrayList<>(36_000);
        for (String[] row : csv("communes.csv")) {
            List<String> postcodes = row[2].isBlank() ? List.of() : Arrays.asList(row[2].split(" "));
            Commune commune = new Commune(row[0], row[1], postcodes, row[3], row[4].isBlank() ? null : row[4],
                    row[5].isBlank() ? 0 : Integer.parseInt(row[5]));
            communes.add(new Entry<>(TerritoryText.normalize(commune.name()), commune));
        }
        List<Entry<Epci>> epcis = new ArrayList<>();
        for (String[] row : csv("epcis.csv")) {
            Epci epci = new Epci(row[0], row[1], row[2]);
            epcis.add(new Entry<>(TerritoryText.normalize(epci.name()), epci));
        }
        Map<String, Departement> departements = new HashMap<>();
        for (String[] row : csv("departements.csv")) {
            departements.put(row[0], new Departement(row[0], row[1]));
        }
        Map<String, List<Commune>> byName = new HashMap<>();
        communes.forEach(entry -> byName.computeIfAbsent(entry.key, k -> new ArrayList<>()).add(entry.value));
        byName.replaceAll((name, list) -> List.copyOf(list));
        return new Index(List.copyOf(communes), Map.copyOf(byName), toMap(communes, Commune::code),
                List.copyOf(epcis), toMap(epcis, Epci::code), Map.copyOf(departements), readSource());
    }

    private String readSource() {
        Properties properties = new Properties();
        try (InputStream in = open("source.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("package", "?") + " " + properties.getProperty("version", "?");
    }

    private static <T> Map<String, T> toMap(List<Entry<T>> entries, Function<T, String> code) {
        Map<String, T> map = new LinkedHashMap<>();
        entries.forEach(entry -> map.put(code.apply(entry.value), entry.value));
        return Map.copyOf(map);
    }

    /** The rows of a CSV file after its header line (RFC 4180: fields may be quoted, quotes doubled inside). */
    private List<String[]> csv(String file) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null) {
                return rows;
            }
            int columns = header.split(",", -1).length;
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty()) {
                    String[] row = Csv.parse(line);
                    if (row.length != columns) {
                        throw new IllegalStateException(file + ": " + columns + " columns expected in " + line);
                    }
                    rows.add(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private InputStream open(String file) {
        InputStream in = getClass().getClassLoader().getResourceAsStream(location + file);
        if (in == null) {
            throw new IllegalStateException("the territory reference is missing from the classpath: " + location + file);
        }
        return in;
    }

    /** Holds the shared instance: created on the first call of {@link #france()}, by the JVM's class loading. */
    private static final class France {
        private static final ClasspathTerritoryReference INSTANCE = new ClasspathTerritoryReference();
    }

    private record Entry<T>(String key, T value) {
    }

    private record Index(List<Entry<Commune>> communes, Map<String, List<Commune>> communesByName,
                         Map<String, Commune> communesByCode, List<Entry<Epci>> epcis, Map<String, Epci> epcisByCode,
                         Map<String, Departement> departements, String source) {
    }
}
