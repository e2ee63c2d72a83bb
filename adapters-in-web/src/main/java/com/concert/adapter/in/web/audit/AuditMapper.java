package com.concert.adapter.in.web.audit;

import com.concert.application.port.in.AuditReport;
import org.mapstruct.Mapper;

@Mapper
public interface AuditMapper {

  AuditResponse toResponse(AuditReport report);

  AuditResponse.ViolationResponse toResponse(AuditReport.Violation violation);
}
