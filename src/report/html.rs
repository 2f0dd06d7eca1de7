//! Writing the report's HTML: escaping, tables, the style sheet and the
//! few lines of script.
//!
//! Every value from the evidence goes through [`esc`]: control characters
//! and bidirectional-text overrides become visible escapes (`\u{202e}`, as
//! in the log), then `&`, `<`, `>`, `"` and `'` become entities, so a
//! hostile name is shown as text, in its place, and can neither open an
//! element nor reorder what is around it. On top of that the page declares
//! a Content Security Policy that allows only its own style sheet and
//! script, by hash, and nothing from the network.

use std::fmt::Write as _;

use base64::Engine as _;
use sha2::{Digest, Sha256};

use mactriage_collectors::kit::text;

/// Text for HTML (element content and quoted attribute values).
pub fn esc(s: &str) -> String {
    let p = text::printable_str(s);
    let mut out = String::with_capacity(p.len() + 8);
    for c in p.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A table cell: text, with an optional sort key and class.
#[derive(Debug, Clone, Default)]
pub struct Cell {
    pub html: String,
    pub sort: Option<String>,
    pub class: Option<&'static str>,
}

impl Cell {
    /// Evidence text, escaped.
    pub fn text(s: &str) -> Cell {
        Cell {
            html: esc(s),
            ..Cell::default()
        }
    }
    /// Markup the caller built from escaped parts.
    pub fn raw(html: String) -> Cell {
        Cell {
            html,
            ..Cell::default()
        }
    }
    /// A number, sorted as one.
    pub fn num(n: u64) -> Cell {
        Cell {
            html: n.to_string(),
            sort: Some(format!("{n:020}")),
            class: Some("n"),
        }
    }
    pub fn class(mut self, c: &'static str) -> Cell {
        self.class = Some(c);
        self
    }
}

impl From<&str> for Cell {
    fn from(s: &str) -> Cell {
        Cell::text(s)
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Cell {
        Cell::text(&s)
    }
}

/// A sortable, filterable table (plain without script).
pub fn table(out: &mut String, id: &str, headers: &[&str], rows: &[Vec<Cell>]) {
    let _ = write!(
        out,
        "<div class=\"tw\"><table class=\"data\" id=\"{}\"><thead><tr>",
        esc(id)
    );
    for h in headers {
        let _ = write!(out, "<th scope=\"col\">{}</th>", esc(h));
    }
    out.push_str("</tr></thead><tbody>");
    for row in rows {
        out.push_str("<tr>");
        for c in row {
            out.push_str("<td");
            if let Some(cl) = c.class {
                let _ = write!(out, " class=\"{cl}\"");
            }
            if let Some(s) = &c.sort {
                let _ = write!(out, " data-sort=\"{}\"", esc(s));
            }
            out.push('>');
            out.push_str(&c.html);
            out.push_str("</td>");
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
}

/// A definition list of (term, escaped value markup).
pub fn facts(out: &mut String, items: &[(&str, String)]) {
    out.push_str("<dl class=\"facts\">");
    for (k, v) in items {
        let _ = write!(out, "<dt>{}</dt><dd>{v}</dd>", esc(k));
    }
    out.push_str("</dl>");
}

/// The style sheet: [`STYLE`] and the bar widths.
pub fn style() -> String {
    let mut s = STYLE.to_string();
    for w in 0..=100 {
        let _ = write!(s, ".w{w}{{width:{}px}}", w * 3);
    }
    s.push('\n');
    s
}

const STYLE: &str = "\
:root{--fg:#1b1f23;--mute:#5c6670;--line:#d5dae0;--bg:#fff;--soft:#f4f6f8;--warn:#9a3b00;--bad:#b00020;--ok:#17663a;--acc:#0b57d0}
*{box-sizing:border-box}
body{font:14px/1.45 -apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:var(--fg);background:var(--bg);margin:0;padding:0 24px 48px}
header{border-bottom:2px solid var(--fg);padding:16px 0 8px;margin-bottom:12px}
h1{font-size:22px;margin:0}
h2{font-size:18px;margin:28px 0 8px;padding-top:8px;border-top:1px solid var(--line)}
h3{font-size:15px;margin:18px 0 6px}
.sub{color:var(--mute)}
nav a{margin-right:12px}
a{color:var(--acc)}
code,pre,.mono{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12.5px}
pre{white-space:pre-wrap;word-break:break-all;background:var(--soft);padding:6px;margin:4px 0;max-height:320px;overflow:auto}
.tw{overflow-x:auto}
table.data{border-collapse:collapse;width:100%;margin:4px 0 12px}
table.data th,table.data td{border:1px solid var(--line);padding:3px 6px;text-align:left;vertical-align:top;overflow-wrap:break-word}
table.data td.mono{word-break:break-all;min-width:12em}
table.data th{background:var(--soft);position:sticky;top:0}
.js table.data th{cursor:pointer}
.js table.data th[aria-sort=ascending]::after{content:' \\25B2'}
.js table.data th[aria-sort=descending]::after{content:' \\25BC'}
td.n{text-align:right;font-variant-numeric:tabular-nums}
td.t{white-space:nowrap;font-variant-numeric:tabular-nums}
input.filter{display:block;margin:4px 0;padding:3px 6px;width:22em;max-width:100%}
.answers{background:var(--soft);border-left:4px solid var(--acc);padding:8px 12px;margin:8px 0}
.answers li{margin:2px 0}
.vol{border:1px solid var(--line);border-left:4px solid var(--warn);padding:2px 12px 6px;margin:10px 0}
.vol h3{margin:8px 0 2px}
p.line{margin:2px 0 6px}
.vol.internal{border-left-color:var(--line)}
.tag{display:inline-block;border:1px solid var(--line);border-radius:3px;padding:0 5px;margin:0 3px 0 0;font-size:12px;background:var(--soft)}
.tag.hot{border-color:var(--warn);color:var(--warn)}
.st-ok{color:var(--ok)}.st-partial{color:var(--warn)}.st-failed{color:var(--bad)}.st-skipped{color:var(--mute)}
.flag{color:var(--bad);font-weight:600}
.none{color:var(--mute);font-style:italic}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:6px 0}
dl.facts dt{color:var(--mute)}
dl.facts dd{margin:0}
.bar{background:var(--acc);height:10px;display:inline-block;vertical-align:middle}
.bar.v{background:var(--warn)}
details summary{cursor:pointer;color:var(--acc);white-space:nowrap}
.banner{background:#fff4e5;border:1px solid var(--warn);padding:6px 10px;margin:8px 0}
";

/// Sortable columns and a filter box per table; the page is complete
/// without it.
pub const SCRIPT: &str = "\
(function(){
document.documentElement.className+=' js';
function key(c){if(!c)return '';var k=c.getAttribute('data-sort');return k!==null?k:c.textContent.toLowerCase();}
var tables=document.querySelectorAll('table.data');
for(var n=0;n<tables.length;n++)(function(t){
var body=t.tBodies[0];if(!body)return;
if(body.rows.length>5){var f=document.createElement('input');f.type='search';f.className='filter';f.placeholder='Filter these rows';
f.setAttribute('aria-label','Filter the rows of this table');
t.parentNode.parentNode.insertBefore(f,t.parentNode);
f.addEventListener('input',function(){var q=f.value.toLowerCase();
for(var i=0;i<body.rows.length;i++){var r=body.rows[i];r.hidden=q!==''&&r.textContent.toLowerCase().indexOf(q)<0;}});}
var ths=t.tHead?t.tHead.rows[0].cells:[];
for(var i=0;i<ths.length;i++)(function(th,col){th.tabIndex=0;
function sort(){var asc=th.getAttribute('aria-sort')!=='ascending';
for(var j=0;j<ths.length;j++)ths[j].removeAttribute('aria-sort');
th.setAttribute('aria-sort',asc?'ascending':'descending');
var rows=Array.prototype.slice.call(body.rows);
rows.sort(function(a,b){var x=key(a.cells[col]),y=key(b.cells[col]);return (x<y?-1:x>y?1:0)*(asc?1:-1);});
for(var j=0;j<rows.length;j++)body.appendChild(rows[j]);}
th.addEventListener('click',sort);
th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();sort();}});
})(ths[i],i);
})(tables[n]);
})();
";

/// `'sha256-…'` of a text, for the Content Security Policy.
pub fn csp_hash(s: &str) -> String {
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(s.as_bytes()))
    )
}

/// The page around `body`.
pub fn page(title: &str, body: &str) -> String {
    let style = style();
    let csp = format!(
        "default-src 'none'; style-src {}; script-src {}; img-src 'none'; base-uri 'none'; form-action 'none'",
        csp_hash(&style),
        csp_hash(SCRIPT)
    );
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta name=\"referrer\" content=\"no-referrer\">\n\
<title>{}</title>\n<style>{style}</style>\n</head>\n<body>\n{body}\n<script>{SCRIPT}</script>\n</body></html>\n",
        esc(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_is_inert() {
        assert_eq!(
            esc("<script>alert(\"x\")</script> & 'q'"),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"
        );
        assert_eq!(esc("a\u{202e}txt.exe\nb"), "a\\u{202e}txt.exe\\nb");
    }

    #[test]
    fn the_policy_names_the_page_s_own_style_and_script() {
        let p = page("t", "<p>x</p>");
        assert!(p.contains(&csp_hash(&style())));
        assert!(p.contains(&csp_hash(SCRIPT)));
        assert!(p.contains(&format!("<style>{}</style>", style())));
        assert!(p.contains(&format!("<script>{SCRIPT}</script>")));
        assert!(!p.contains("http://") && !p.contains("https://"));
    }
}
