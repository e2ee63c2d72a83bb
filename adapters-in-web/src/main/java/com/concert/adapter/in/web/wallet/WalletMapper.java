package com.concert.adapter.in.web.wallet;

import com.concert.adapter.in.web.ValueObjectMapper;
import com.concert.application.port.in.ChargeWalletCommand;
import com.concert.application.port.in.IdempotencyKey;
import com.concert.domain.wallet.Wallet;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(uses = ValueObjectMapper.class)
public interface WalletMapper {

  @Mapping(target = "userId", source = "user")
  @Mapping(target = "amount", source = "balance")
  WalletResponse toResponse(Wallet wallet);

  @Mapping(target = "user", source = "request.userId")
  @Mapping(target = "amount", source = "request.amount")
  ChargeWalletCommand toCommand(ChargeRequest request, Optional<IdempotencyKey> idempotencyKey);
}
