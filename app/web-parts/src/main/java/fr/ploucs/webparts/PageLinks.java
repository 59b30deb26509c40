package fr.ploucs.webparts;

import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code fragments/pagination :: links(page, ...)} needs to draw the links of a paginated list: the page shown and
 * how many there are, numbered from 1 as people read them (and as the {@code page} request parameter carries them).
 *
 * @param current from 1
 * @param count   at least 1
 * @param total   how many items over all pages
 * @param path    the list's path, without the context path
 * @param params  the list's other request parameters (search, filters), kept on every link; empty ones are left out
 */
public record PageLinks(int current, int count, long total, String path, Map<String, String> params) {

    public PageLinks {
        params = new TreeMap<>(params);
        params.values().removeIf(value -> value == null || value.isEmpty());
    }

    /** How many page numbers are shown on each side of the current one. */
    private static final int AROUND = 2;

    /** @param pageFromZero the page shown, from 0 (as queries number them) */
    public static PageLinks of(int pageFromZero, int pageCount, long total, String path, Map<String, String> params) {
        return new PageLinks(pageFromZero + 1, Math.max(1, pageCount), total, path, params);
    }

    /** The link to page {@code n} (from 1), with the list's parameters, to be given to {@code @{...}}. */
    public String href(int n) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        params.forEach(uri::queryParam);
        if (n > 1) {
            uri.queryParam("page", n);
        }
        return uri.encode().build().toUriString();
    }

    public boolean hasPrevious() {
        return current > 1;
    }

    public boolean hasNext() {
        return current < count;
    }

    public boolean isPaginated() {
        return count > 1;
    }

    /** The page numbers to show: the first, the last, and those around the current one; 0 stands for a gap. */
    public List<Integer> numbers() {
        List<Integer> numbers = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            if (n == 1 || n == count || Math.abs(n - current) <= AROUND) {
                numbers.add(n);
            } else if (numbers.get(numbers.size() - 1) != 0) {
                numbers.add(0);
            }
        }
        return numbers;
    }
}
