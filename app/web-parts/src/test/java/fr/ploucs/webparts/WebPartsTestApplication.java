package fr.ploucs.webparts;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Lets the web parts' own tests start a web slice: the layout, the fragments and #shown, without any pillar. */
@SpringBootApplication
class WebPartsTestApplication {
}
