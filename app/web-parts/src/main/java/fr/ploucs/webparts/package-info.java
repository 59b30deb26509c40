/**
 * The web parts every pillar's pages share (part of the app, packaged apart so that the pillars' web tests use
 * them too): how amounts and dates are read and shown, field fragments, and the one place where a rule violation,
 * a record not found or a record changed meanwhile becomes a page. Depends on Spring MVC, Thymeleaf and the shared
 * kernel only, never on a pillar.
 */
package fr.ploucs.webparts;
