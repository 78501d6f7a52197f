package org.csptransfer.core.internal;

import com.google.common.collect.ImmutableMap;

/**
 * The April 2021 edition of Partner Center's CSP regional authorization table, compiled into the
 * library so that no resource is read at run time: 15 regions, 243 countries.
 *
 * <p>Source: {@code shared/data/csp-regions-2021.tsv} (region, ISO code, country name), in the
 * table's order. The test {@code RegionCatalogTest} checks every row of that file against it.
 */
public final class Csp2021RegionTable {

  /** The edition's name, as users see it in a catalog. */
  public static final String EDITION = "CSP regional authorization, April 2021";

  /** The day the edition was published. */
  public static final String PUBLISHED_ON = "2021-04-01";

  private Csp2021RegionTable() {}

  /**
   * Returns the table: region name to the space-separated ISO codes of its countries.
   *
   * @return region name to country codes, in the table's order
   */
  public static ImmutableMap<String, String> countriesByRegion() {
    return ImmutableMap.<String, String>builder()
        .put(
            "Africa",
            "AO BJ BW BF BI CM CV CF TD KM CG CD CI DJ GQ ER ET PF GA GM "
                + "GH GN GW KE LR MG MW ML MU YT NA NC NE NG RE RW ST SN SC SL "
                + "SO SS SH TZ TG UG ZM")
        .put("Asia & Pacific", "BD BT BN KH HK ID LA MO MY MV MM NP PH SG LK TH TL VN")
        .put(
            "Australia",
            "AU CX CC CK FJ TF GU HM KI MH FM NR NU NF MP PW PG PN SB TK " + "TO TV WF")
        .put("Brazil", "BR")
        .put("India", "IN")
        .put("Japan", "JP")
        .put("Korea", "KR")
        .put("Russia", "RU")
        .put("Taiwan", "TW")
        .put("Canada", "CA PM")
        .put("United States", "US UM")
        .put("New Zealand", "AS NZ WS VU")
        .put(
            "Europe",
            "AX AD AT BE BV BG HR CY CZ DK EE FO FI FR DE GI GR GL GG HU "
                + "IS IE IM IT JE LV LI LT LU MT MC NL NO PL PT RO SM SK SI ES "
                + "SJ SE CH GB VA")
        .put(
            "Latin America & Caribbean",
            "AI AQ AG AR AW BS BB BZ BM BO BQ VG KY CL CO CR CW DM DO EC "
                + "SV FK GF GD GP GT GY HT HN JM MQ MX MS NI PA PY PE PR BL KN "
                + "LC MF VC SX GS SR TT TC UY VE VI")
        .put(
            "Middle East, Central & Eastern Europe",
            "AF AL DZ AM AZ BH BY BA IO EG GE IQ IL JO KZ XK KW KG LB LS "
                + "LY MK MR MD MN ME MA MZ OM PK PS QA SA RS ZA SZ TJ TN TR TM "
                + "UA AE UZ YE ZW")
        .buildOrThrow();
  }
}
