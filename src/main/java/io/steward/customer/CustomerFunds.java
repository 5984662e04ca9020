package io.steward.customer;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The money a customer brings, recorded by their practitioner: amount, currency, purpose and horizon. */
public interface CustomerFunds {

    /** Refuses a horizon that is not after today: money already needed back cannot be invested. */
    Fund add(String number, NewFund fund);

    List<Fund> of(long customerId);

    record NewFund(
            @NotNull @Positive @Digits(integer = 16, fraction = 2) BigDecimal amount,
            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "{steward.validation.currency}") String currency,
            @NotNull FundPurpose purpose,
            @NotNull LocalDate neededBackOn,
            @Size(max = 500) String note) {
    }
}
