/** GB/T 2260 places: the divisions and the region check, short names, and lookups by name or code. */
export { checkPlace, placesByProvince, provinceOf, type DivisionLevel, type PlaceNames } from './divisions.ts';
export { findPlaces, formatPlace, hierarchyOf, placesByShortName, placesNamed, regionYaml, type Place } from './lookup.ts';
export { shortName, shortPlaceName } from './names.ts';
