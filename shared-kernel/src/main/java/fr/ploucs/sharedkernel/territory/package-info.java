/**
 * The official reference of France's communes, EPCIs and départements, for every pillar: the value types
 * ({@link fr.ploucs.sharedkernel.territory.Commune}, {@link fr.ploucs.sharedkernel.territory.Epci},
 * {@link fr.ploucs.sharedkernel.territory.Departement}), how place names are compared
 * ({@link fr.ploucs.sharedkernel.territory.TerritoryText}), the reference itself read once from the CSV files of
 * this jar ({@link fr.ploucs.sharedkernel.territory.ClasspathTerritoryReference#france()}) and the look-ups the
 * screens need ({@link fr.ploucs.sharedkernel.territory.FindTerritoryQuery}, answered by
 * {@link fr.ploucs.sharedkernel.territory.TerritoryDirectory}). Plain Java; the picker that uses it on the pages
 * lives in the app's web parts ({@code fr.ploucs.webparts.territory}).
 */
package fr.ploucs.sharedkernel.territory;
