package com.concert.adapter.in.web.archfixture;

import com.concert.db.jooq.Tables;

/** Planted violation: a controller that reads a table directly. Never part of the service. */
public class WebAdapterReadingTables {

  public String table() {
    return Tables.CONCERT.getName();
  }
}
