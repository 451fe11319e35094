//! The messages an embedded Waymark exchanges with the page that frames it (`postMessage`).
//!
//! Every message is a JSON object with a `type`. Waymark's own carry `"source": "waymark"` and
//! the protocol `version`, so a host can tell them from other traffic. The host asks with
//! `getPlan` and `loadPlan` (an optional `requestId`, a string or a number, comes back in the
//! answer as it was sent); every request gets one answer, a malformed `loadPlan` an `error`,
//! so a host never waits for its own timeout (issue 16). Waymark says `ready` once it runs,
//! `planChanged` once after each save (not when a plan opens), and `exportRequested` when the user
//! downloads the plan (a sandboxed frame may not be allowed to download, and a host keeps its
//! own copy this way). Who may send or receive is decided elsewhere (`config::DeployConfig`);
//! this module only reads and writes the messages, so it is tested natively.

use serde_json::{json, Map, Value};

/// The protocol's version, sent with every message Waymark posts.
pub const PROTOCOL_VERSION: u32 = 1;

/// The largest plan a host may send with `loadPlan`, in characters (the import limit).
pub const MAX_LOAD_CHARS: usize = 5_000_000;

/// What a host may ask.
#[derive(Clone, Debug, PartialEq)]
pub enum Inbound {
    /// Send the open plan back (`plan`).
    GetPlan {
        /// Echoed in the answer.
        request_id: Option<Value>,
    },
    /// Import this plan file (its JSON text or the parsed object) as a new plan and open it.
    LoadPlan {
        /// Echoed in the answer.
        request_id: Option<Value>,
        /// The plan file, as text.
        plan: String,
    },
}

/// Why a message was not understood; logged, never answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refused {
    /// Not a JSON object with a string `type`.
    NotAMessage,
    /// A `type` this protocol does not have (or Waymark's own, echoed back).
    UnknownType(String),
    /// `loadPlan` without a plan, with one that is neither text nor an object, or with one over
    /// [`MAX_LOAD_CHARS`]: answered with an `error` (see [`Refused::answer`]).
    BadPlan {
        /// From the request.
        request_id: Option<Value>,
    },
}

impl Refused {
    /// The answer a refused request gets: an `error` for a `loadPlan` the host got wrong;
    /// nothing for what is no request of this protocol (other traffic on the page).
    pub fn answer(&self) -> Option<Outbound> {
        match self {
            Refused::BadPlan { request_id } => Some(Outbound::Error {
                request_id: request_id.clone(),
                message: "loadPlan needs \"plan\": the plan file as JSON text or an object, at most 5000000 characters".to_owned(),
            }),
            _ => None,
        }
    }
}

impl Inbound {
    /// Reads a message's data, already turned into JSON.
    pub fn parse(data: &Value) -> Result<Inbound, Refused> {
        let object = data.as_object().ok_or(Refused::NotAMessage)?;
        let kind = object
            .get("type")
            .and_then(Value::as_str)
            .ok_or(Refused::NotAMessage)?;
        // Echoed as sent: a string (its first 100 characters) or a number.
        let request_id = object.get("requestId").and_then(|v| match v {
            Value::String(s) => Some(Value::String(s.chars().take(100).collect())),
            Value::Number(n) => Some(Value::Number(n.clone())),
            _ => None,
        });
        match kind {
            "getPlan" => Ok(Inbound::GetPlan { request_id }),
            "loadPlan" => {
                let plan = match object.get("plan") {
                    Some(Value::String(text)) => text.clone(),
                    Some(value @ Value::Object(_)) => value.to_string(),
                    _ => return Err(Refused::BadPlan { request_id }),
                };
                if plan.chars().count() > MAX_LOAD_CHARS {
                    return Err(Refused::BadPlan { request_id });
                }
                Ok(Inbound::LoadPlan { request_id, plan })
            }
            other => Err(Refused::UnknownType(other.chars().take(40).collect())),
        }
    }
}

/// What Waymark tells its host.
#[derive(Clone, Debug, PartialEq)]
pub enum Outbound {
    /// Waymark runs and listens; `plan_id` is the open plan's.
    Ready {
        /// The open plan, if any.
        plan_id: Option<String>,
    },
    /// The answer to `getPlan`: the stored envelope (`{format, version, plan}`), or null.
    Plan {
        /// From the request.
        request_id: Option<Value>,
        /// The plan file's JSON, as sent by "Download the plan".
        plan: Option<Value>,
    },
    /// The answer to a `loadPlan` that worked: the new plan's id.
    PlanLoaded {
        /// From the request.
        request_id: Option<Value>,
        /// The id the imported plan got.
        plan_id: String,
    },
    /// A request that could not be done, with a reason in English for the host's developer.
    Error {
        /// From the request.
        request_id: Option<Value>,
        /// What went wrong.
        message: String,
    },
    /// The open plan was saved.
    PlanChanged {
        plan_id: String,
        name: String,
        /// When it changed, in milliseconds since 1970.
        updated: i64,
    },
    /// The user downloaded the plan; here is the same file for the host to keep.
    ExportRequested {
        /// The plan file's JSON.
        plan: Value,
    },
}

impl Outbound {
    /// The message as posted.
    pub fn to_json(&self) -> Value {
        let (kind, mut fields): (&str, Map<String, Value>) = match self {
            Outbound::Ready { plan_id } => ("ready", obj(json!({ "planId": plan_id }))),
            Outbound::Plan { request_id, plan } => (
                "plan",
                obj(json!({ "requestId": request_id, "plan": plan })),
            ),
            Outbound::PlanLoaded {
                request_id,
                plan_id,
            } => (
                "planLoaded",
                obj(json!({ "requestId": request_id, "planId": plan_id })),
            ),
            Outbound::Error {
                request_id,
                message,
            } => (
                "error",
                obj(json!({ "requestId": request_id, "message": message })),
            ),
            Outbound::PlanChanged {
                plan_id,
                name,
                updated,
            } => (
                "planChanged",
                obj(json!({ "planId": plan_id, "name": name, "updated": updated })),
            ),
            Outbound::ExportRequested { plan } => ("exportRequested", obj(json!({ "plan": plan }))),
        };
        fields.insert("type".into(), Value::from(kind));
        fields.insert("source".into(), Value::from("waymark"));
        fields.insert("version".into(), Value::from(PROTOCOL_VERSION));
        Value::Object(fields)
    }
}

fn obj(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}
