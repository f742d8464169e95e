package com.focusflow.ui.internal.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.schedule.Schedule;
import com.focusflow.api.schedule.ScheduleAction;
import com.focusflow.api.schedule.ScheduleRequest;
import com.focusflow.api.schedule.ScheduleService;
import com.focusflow.api.schedule.ScheduleWindow;
import com.focusflow.ui.internal.model.UiThreads;

class SchedulesViewModelTest {

    static final Instant NOW = Instant.parse("2026-01-05T10:30:00Z"); // a Monday
    final List<Schedule> stored = new ArrayList<>();
    volatile Optional<ScheduleWindow> next = Optional.empty();
    final SchedulesViewModel model = new SchedulesViewModel(new UiThreads(Runnable::run, Runnable::run),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void withoutTheServiceItSaysSoAndWithItShowsTheOpenWindow() {
        model.serviceChanged(null);
        assertThat(model.statusProperty().get()).isEqualTo(SchedulesViewModel.UNAVAILABLE);

        stored.add(deep());
        next = Optional.of(new ScheduleWindow(NOW.minusSeconds(5400), Instant.parse("2026-01-05T12:00:00Z"), true,
                List.of(new ScheduleWindow.Ref("s1", "Deep work", ScheduleAction.BLOCK, false))));
        model.serviceChanged(service());
        assertThat(model.statusProperty().get()).isEqualTo("Blocked until 12:00 (Deep work)");
        assertThat(model.bars()).hasSize(1);
        assertThat(model.now()).containsExactly(0, 630);
    }

    @Test
    void theNextWindowIsShownWhenNoneIsOpenAndARefusalShowsItsMessage() {
        stored.add(deep());
        next = Optional.of(new ScheduleWindow(Instant.parse("2026-01-06T09:00:00Z"), Instant.parse("2026-01-06T12:00:00Z"),
                false, List.of(new ScheduleWindow.Ref("s1", "Deep work", ScheduleAction.BLOCK, false))));
        model.serviceChanged(service());
        assertThat(model.statusProperty().get()).isEqualTo("Next: Tue 09:00-12:00 (Deep work)");

        model.add("", List.of("MONDAY"), "09:00", "12:00", "block", false);
        assertThat(model.errorProperty().get()).isEqualTo("name: is required");
        model.add("Reading", List.of("MONDAY"), "18:00", "19:00", "block", false);
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.schedules()).extracting(Schedule::name).containsExactly("Deep work", "Reading");
    }

    Schedule deep() {
        return new Schedule("s1", "Deep work", List.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), LocalTime.of(12, 0),
                ScheduleAction.BLOCK, false, true, NOW, null);
    }

    ScheduleService service() {
        return (ScheduleService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { ScheduleService.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "list" -> List.copyOf(stored);
                    case "next" -> next;
                    case "zone" -> ZoneId.of("UTC");
                    case "add" -> {
                        ScheduleRequest r = (ScheduleRequest) args[0];
                        if (r.name().isBlank()) {
                            throw FocusFlowException.invalidInput("name: is required");
                        }
                        Schedule s = new Schedule("s2", r.name(), List.of(DayOfWeek.MONDAY), LocalTime.parse(r.start()),
                                LocalTime.parse(r.end()), ScheduleAction.BLOCK, false, true, NOW, null);
                        stored.add(s);
                        yield s;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
