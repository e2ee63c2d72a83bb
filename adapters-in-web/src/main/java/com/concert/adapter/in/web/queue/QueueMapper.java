package com.concert.adapter.in.web.queue;

import com.concert.adapter.in.web.ValueObjectMapper;
import com.concert.application.port.in.QueueTokenView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(uses = ValueObjectMapper.class)
public interface QueueMapper {

  @Mapping(target = "userId", source = "user")
  QueueTokenResponse toResponse(QueueTokenView view);
}
