package com.concert.adapter.in.web.catalog;

import java.time.LocalDate;
import java.util.List;

public record ConcertResponse(long id, String title, List<LocalDate> dates) {}
