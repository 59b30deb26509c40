package fr.ploucs.sharedkernel;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A panel a pillar adds to the home page, as it adds navigation entries: declared as a bean, listed by the shell
 * without any change to the app.
 *
 * @param fragment     the Thymeleaf fragment that draws it, taking one parameter, {@code data}
 *                     (for instance {@code cooperation/home :: panel(data)} is given as {@code cooperation/home :: panel})
 * @param order        position among all panels, smaller first
 * @param requiredRole the role needed to see it ({@code COORDINATOR}), or {@code null} for every signed-in user
 * @param data         what the fragment shows, read each time the home page is drawn
 */
public record HomePanel(String fragment, int order, String requiredRole, Supplier<Map<String, Object>> data) {

    public HomePanel {
        Objects.requireNonNull(fragment);
        Objects.requireNonNull(data);
    }
}
