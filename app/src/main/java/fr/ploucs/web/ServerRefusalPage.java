package fr.ploucs.web;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * What Tomcat answers by itself, before PLOUCS sees the request (a header or an address longer than
 * {@code server.max-http-request-header-size}, a malformed request line): the French page
 * {@code server-refusal/refused.html}, not Tomcat's English "HTTP Status 400". Tomcat's error report valve reads
 * it from a file, so it is copied out of the jar at start; every status that valve reports gets it (the errors of
 * the application itself keep their own pages, {@code templates/error/}).
 */
@Component
class ServerRefusalPage implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    static final String PAGE = "server-refusal/refused.html";

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        String page = copiedOut();
        factory.addContextCustomizers(context -> {
            boolean found = false;
            for (Valve valve : context.getParent().getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve report) {
                    answerWith(report, page);
                    found = true;
                }
            }
            if (!found) {
                ErrorReportValve report = new ErrorReportValve();
                answerWith(report, page);
                context.getParent().getPipeline().addValve(report);
            }
        });
    }

    private static void answerWith(ErrorReportValve report, String page) {
        report.setShowReport(false);
        report.setShowServerInfo(false);
        // errorCode.0: the page for every status without one of its own.
        report.setProperty("errorCode.0", page);
    }

    /** After Boot's own Tomcat customizer, which adds the valve this one configures. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static String copiedOut() {
        try (InputStream in = new ClassPathResource(PAGE).getInputStream()) {
            Path file = Files.createTempFile("ploucs-refused-", ".html");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file.toAbsolutePath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + PAGE + " out of the jar", e);
        }
    }
}
