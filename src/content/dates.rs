//! Time limits as patent law counts them.
//!
//! A period of months ends on the same day of the month; when that month has
//! no such day (31 August + 6 months), it ends on the month's last day
//! (28 or 29 February). Days are added after months. Where the author asks,
//! a limit that ends on a Saturday or Sunday moves to the next Monday, as
//! PCT Rule 80.5 and Paris Convention art. 4C(3) do for days an office is
//! closed. Public holidays differ by office and are not known here.

use jiff::civil::{Date, Weekday};
use jiff::{Span, ToSpan};

use super::model::Period;
use crate::i18n::Msg;
use crate::msg;

/// Parse `YYYY-MM-DD`, the one date form content files use.
pub fn parse_date(s: &str) -> Result<Date, Msg> {
    let well_formed = s.len() == 10
        && s.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !well_formed {
        return Err(msg!("chk-date-form", text = s));
    }
    s.parse::<Date>()
        .map_err(|_| msg!("chk-date-unreal", text = s))
}

/// The last day of a time limit: `start` + `period`, with the month-end rule,
/// moved off a weekend when `skip_weekend` is set.
pub fn deadline(start: Date, period: Period, skip_weekend: bool) -> Result<Date, Msg> {
    let too_far = || {
        msg!(
            "chk-date-too-far",
            start = start.to_string(),
            period = describe(period)
        )
    };
    // jiff keeps the day of the month and clamps it to the month's last day.
    // A span itself has limits (about 20,000 years), so it is built with
    // the checked constructors: an author's period is never trusted.
    let months = Span::new()
        .try_months(i64::from(period.months))
        .map_err(|_| too_far())?;
    let days = Span::new()
        .try_days(i64::from(period.days))
        .map_err(|_| too_far())?;
    let after_months = start.checked_add(months).map_err(|_| too_far())?;
    let mut end = after_months.checked_add(days).map_err(|_| too_far())?;
    if skip_weekend {
        let extra = match end.weekday() {
            Weekday::Saturday => 2,
            Weekday::Sunday => 1,
            _ => 0,
        };
        end = end.checked_add(extra.days()).map_err(|_| too_far())?;
    }
    Ok(end)
}

/// "30 months", "6 months and 10 days", "15 days".
pub fn describe(period: Period) -> Msg {
    let months = || msg!("chk-period-months", months = period.months);
    let days = || msg!("chk-period-days", days = period.days);
    match (period.months, period.days) {
        (_, 0) => months(),
        (0, _) => days(),
        _ => msg!("chk-period-both", months = months(), days = days()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limit(start: &str, months: u32, days: u32, skip_weekend: bool) -> String {
        let start = parse_date(start).expect("test dates are valid");
        deadline(start, Period { months, days }, skip_weekend)
            .expect("in range")
            .to_string()
    }

    #[test]
    fn month_end_rule() {
        // 31 August + 6 months: February has no 31st, so its last day.
        assert_eq!(limit("2025-08-31", 6, 0, false), "2026-02-28");
        assert_eq!(limit("2023-08-31", 6, 0, false), "2024-02-29", "leap year");
        // 29 February + 12 months: no 29 February in 2025.
        assert_eq!(limit("2024-02-29", 12, 0, false), "2025-02-28");
        // 31 January + 30 months: 31 July exists.
        assert_eq!(limit("2025-01-31", 30, 0, false), "2027-07-31");
        // 31 January + 1 month in a leap year.
        assert_eq!(limit("2024-01-31", 1, 0, false), "2024-02-29");
    }

    #[test]
    fn weekend_moves_to_monday() {
        // Priority 15 August 2025 + 12 months = Saturday 15 August 2026.
        assert_eq!(limit("2025-08-15", 12, 0, false), "2026-08-15");
        assert_eq!(limit("2025-08-15", 12, 0, true), "2026-08-17");
        // Chapter II demand, 22 months from 3 March 2025: Sunday 3 January 2027.
        assert_eq!(limit("2025-03-03", 22, 0, true), "2027-01-04");
        // A weekday stays put: 12 May 2023 + 30 months = Wednesday 12 November 2025.
        assert_eq!(limit("2023-05-12", 30, 0, true), "2025-11-12");
    }

    #[test]
    fn periods_beyond_what_a_calendar_holds_are_errors_not_panics() {
        let start = parse_date("2026-01-15").expect("valid");
        for (months, days) in [
            (240_000, 0),
            (0, 8_000_000),
            (u32::MAX, 0),
            (0, u32::MAX),
            (u32::MAX, u32::MAX),
            (239_976, 7_304_484),
        ] {
            let result = deadline(start, Period { months, days }, true);
            assert!(result.is_err(), "{months} months, {days} days");
        }
    }

    #[test]
    fn days_are_added_after_months() {
        assert_eq!(limit("2025-01-31", 1, 1, false), "2025-03-01");
        assert_eq!(limit("2025-03-03", 0, 90, false), "2025-06-01");
    }

    #[test]
    fn bad_dates_are_explained() {
        assert!(
            parse_date("2025-02-30")
                .expect_err("invalid")
                .to_string()
                .contains("not a real calendar date")
        );
        assert!(
            parse_date("15/08/2025")
                .expect_err("invalid")
                .to_string()
                .contains("YYYY-MM-DD")
        );
        assert!(parse_date("").is_err());
        let far = parse_date("9999-12-01").expect("valid");
        assert!(deadline(far, Period { months: 1, days: 0 }, false).is_err());
    }

    #[test]
    fn describes_periods() {
        assert_eq!(
            describe(Period {
                months: 30,
                days: 0
            })
            .to_string(),
            "30 months"
        );
        assert_eq!(
            describe(Period { months: 1, days: 2 }).to_string(),
            "1 month and 2 days"
        );
    }
}

/// A date as a learner types it: `2026-08-17`, `17/08/2026`, `17/8/2026`
/// or `17.08.2026` (day first, as in Latin America and Europe).
pub fn parse_learner_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if let Ok(d) = parse_date(s) {
        return Some(d);
    }
    let parts: Vec<&str> = s.split(['/', '.', '-']).map(str::trim).collect();
    let [day, month, year] = parts.as_slice() else {
        return None;
    };
    if year.len() != 4 {
        return None;
    }
    let (day, month, year) = (
        day.parse::<i8>().ok()?,
        month.parse::<i8>().ok()?,
        year.parse::<i16>().ok()?,
    );
    Date::new(year, month, day).ok()
}

/// "Monday 17 August 2026", "lunes 17 de agosto de 2026",
/// "segunda-feira, 17 de agosto de 2026".
pub fn long_date(date: Date, lang: &str) -> String {
    const EN_DAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    const ES_DAYS: [&str; 7] = [
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
    ];
    const PT_DAYS: [&str; 7] = [
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ];
    const EN_MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const ES_MONTHS: [&str; 12] = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ];
    const PT_MONTHS: [&str; 12] = [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ];
    let weekday = usize::from(date.weekday().to_monday_zero_offset().unsigned_abs());
    let month = usize::from(date.month().unsigned_abs()) - 1;
    let (day, year) = (date.day(), date.year());
    match lang.split('-').next().unwrap_or(lang) {
        "es" => format!(
            "{} {day} de {} de {year}",
            ES_DAYS[weekday], ES_MONTHS[month]
        ),
        "pt" => format!(
            "{}, {day} de {} de {year}",
            PT_DAYS[weekday], PT_MONTHS[month]
        ),
        _ => format!("{} {day} {} {year}", EN_DAYS[weekday], EN_MONTHS[month]),
    }
}

/// "20 November 2026", "20 de noviembre de 2026", "20 de novembro de 2026".
pub fn day_month_year(date: Date, lang: &str) -> String {
    let long = long_date(date, lang);
    // The long form without its weekday.
    match lang.split('-').next().unwrap_or(lang) {
        "pt" => long
            .split_once(", ")
            .map_or(long.clone(), |(_, rest)| rest.to_owned()),
        _ => long
            .split_once(' ')
            .map_or(long.clone(), |(_, rest)| rest.to_owned()),
    }
}

#[cfg(test)]
mod learner_tests {
    use super::*;

    #[test]
    fn learner_dates_in_common_forms() {
        let want = parse_date("2026-08-17").ok();
        for typed in [
            "2026-08-17",
            "17/08/2026",
            "17/8/2026",
            "17.08.2026",
            " 17-08-2026 ",
        ] {
            assert_eq!(parse_learner_date(typed), want, "{typed}");
        }
        assert_eq!(parse_learner_date("31/02/2026"), None);
        assert_eq!(
            parse_learner_date("17/08/26"),
            None,
            "two-digit years are ambiguous"
        );
        assert_eq!(parse_learner_date("tomorrow"), None);
    }

    #[test]
    fn long_dates_in_three_languages() {
        let d = parse_date("2026-08-17").expect("valid");
        assert_eq!(long_date(d, "en"), "Monday 17 August 2026");
        assert_eq!(long_date(d, "es"), "lunes 17 de agosto de 2026");
        assert_eq!(long_date(d, "pt"), "segunda-feira, 17 de agosto de 2026");
        assert_eq!(day_month_year(d, "en"), "17 August 2026");
        assert_eq!(day_month_year(d, "es"), "17 de agosto de 2026");
        assert_eq!(day_month_year(d, "pt"), "17 de agosto de 2026");
    }
}
