//! Amounts of money as the user types them, and the plan's currency. Money is kept in cents
//! (whole numbers), so sums are exact. The currency is one per plan (chosen in the starting
//! point or beside the budgets), an ISO 4217 code: the browser's `Intl` writes it in the
//! reader's language ("€1,000", "1 000 €", "Rp 1.000"), so no currency data is shipped.

use serde::{Deserialize, Serialize};

/// An ISO 4217 currency code ("EUR", "SEK"): three capital letters A–Z. Only the form is
/// checked; a code `Intl` does not know is written as the code itself.
/// Kept as its three letters (4 bytes with the `Option`, not a `String`'s 24: every plan and
/// every undo snapshot carries one).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Currency([u8; 3]);

impl Currency {
    /// The currencies the menus offer first: those of the five interface languages' regions,
    /// then the most used. Any other valid code can come in with an imported plan.
    pub const OFFERED: [&'static str; 16] = [
        "EUR", "SEK", "IDR", "TWD", "GBP", "USD", "NOK", "DKK", "CHF", "PLN", "AUD", "CAD", "JPY",
        "SGD", "MYR", "HKD",
    ];

    /// The currency `code` names, when it is three capital letters.
    pub fn parse(code: &str) -> Option<Currency> {
        match code.as_bytes() {
            [a, b, c] if [a, b, c].iter().all(|x| x.is_ascii_uppercase()) => {
                Some(Currency([*a, *b, *c]))
            }
            _ => None,
        }
    }

    /// The code ("EUR").
    pub fn code(&self) -> &str {
        // Three ASCII capitals (checked by `parse`, the only way in) are always UTF-8.
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }
}

/// Reads an optional currency, a malformed one as none (see `PlanMeta::currency`).
pub fn lenient<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Currency>, D::Error> {
    let code: Option<serde_json::Value> = Option::deserialize(d)?;
    Ok(code.and_then(|v| v.as_str().and_then(Currency::parse)))
}

impl TryFrom<String> for Currency {
    type Error = String;
    fn try_from(code: String) -> Result<Currency, String> {
        Currency::parse(&code).ok_or_else(|| "not an ISO 4217 currency code".to_owned())
    }
}

impl From<Currency> for String {
    fn from(c: Currency) -> String {
        c.code().to_owned()
    }
}

/// Reads an amount typed as "120", "120.50" or "120,50" into cents; a currency written before
/// or after it, as the app itself writes amounts ("£1,200", "Rp 15.000", "1 200 kr"), is left
/// out.
pub fn parse_cents(text: &str) -> Option<u64> {
    let is_number = |c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | '-');
    let t: String = text
        .trim_matches(|c: char| !is_number(c))
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    let t = decimal_point(&t);
    let (whole, frac) = t.split_once('.').unwrap_or((&t, ""));
    if whole.is_empty() && frac.is_empty()
        || frac.len() > 2
        || !whole
            .chars()
            .chain(frac.chars())
            .all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let whole: u64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let frac: u64 = format!("{frac:0<2}").parse().ok()?;
    let cents = whole.checked_mul(100)?.checked_add(frac)?;
    Some(cents)
}

/// Reads a number typed with a decimal point or comma ("3.5", "3,5", "-2"), with spaces as
/// thousands separators.
pub fn parse_number(text: &str) -> Option<f64> {
    let t: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    if t.is_empty() {
        return None;
    }
    let v: f64 = decimal_point(&t).parse().ok()?;
    v.is_finite().then_some(v)
}

/// With both "," and "." in a number, the one that comes first groups thousands and goes;
/// the other is the decimal point, written ".". With only one of them, it groups thousands
/// when every group after it has exactly three digits and the first group is 1–3 digits
/// not starting with 0 ("1,000", "12.000", "1,000,000"): people type amounts that way in
/// English and Indonesian alike, and three decimals ("0.125") keep their leading zero.
fn decimal_point(t: &str) -> String {
    if let Some(sep) = [',', '.'].into_iter().find(|&s| t.contains(s)) {
        let other = if sep == ',' { '.' } else { ',' };
        let mut groups = t.trim_start_matches('-').split(sep);
        let first = groups.next().unwrap_or("");
        let grouped = !t.contains(other)
            && (1..=3).contains(&first.len())
            && !first.starts_with('0')
            && groups.all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()));
        if grouped {
            return t.replace(sep, "");
        }
    }
    match (t.find(','), t.find('.')) {
        (Some(c), Some(d)) if c < d => t.replace(',', ""),
        (Some(_), Some(_)) => t.replace('.', "").replace(',', "."),
        _ => t.replace(',', "."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_currency_is_three_capital_letters() {
        assert_eq!(
            Currency::parse("SEK").map(|c| c.code().to_owned()),
            Some("SEK".into())
        );
        for bad in ["", "sek", "EURO", "E1R", "€", "ÅÄÖ"] {
            assert_eq!(Currency::parse(bad), None, "{bad}");
        }
        assert!(Currency::OFFERED
            .iter()
            .all(|c| Currency::parse(c).is_some()));
        let c: Result<Currency, _> = serde_json::from_str("\"usd\"");
        assert!(c.is_err());
        let c: Currency = serde_json::from_str("\"USD\"").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(serde_json::to_string(&c).ok().as_deref(), Some("\"USD\""));
    }

    #[test]
    fn amounts_and_numbers_are_read_as_typed() {
        assert_eq!(parse_cents("120"), Some(12_000));
        assert_eq!(parse_cents("120.5"), Some(12_050));
        assert_eq!(parse_cents(" 1 200,50 "), Some(120_050));
        assert_eq!(parse_cents(".5"), Some(50));
        assert_eq!(parse_cents("1,200.50"), Some(120_050));
        assert_eq!(parse_cents("1.200,50"), Some(120_050));
        assert_eq!(parse_cents("1,000"), Some(100_000));
        assert_eq!(parse_cents("12.000"), Some(1_200_000));
        assert_eq!(parse_cents("1,000,000"), Some(100_000_000));
        // As the app writes amounts back, in each language.
        assert_eq!(parse_cents("£1,200.50"), Some(120_050));
        assert_eq!(parse_cents("Rp 15.000"), Some(1_500_000));
        assert_eq!(parse_cents("1\u{a0}200 kr"), Some(120_000));
        assert_eq!(parse_cents("€ 40 000"), Some(4_000_000));
        assert_eq!(parse_cents("40 000 EUR"), Some(4_000_000));
        for bad in ["", "12.3456", "0.125", "1e3", "-5", "abc", "."] {
            assert_eq!(parse_cents(bad), None, "{bad}");
        }
        assert_eq!(parse_number("-2,5"), Some(-2.5));
        assert_eq!(parse_number("10 000"), Some(10_000.0));
        assert_eq!(parse_number("12,000"), Some(12_000.0));
        assert_eq!(parse_number("0,125"), Some(0.125));
        assert_eq!(parse_number("2.5"), Some(2.5));
        assert_eq!(parse_number("-1.000"), Some(-1000.0));
        assert_eq!(parse_number("NaN"), None);
        assert_eq!(parse_number(""), None);
    }
}
