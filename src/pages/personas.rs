//! Personas (`#/personas`): who the journeys are for — name, segment, goals, needs and pain
//! points, life stage, the media they prefer and where they spend their time. Add, edit,
//! duplicate, delete (undoable).

use crate::domain::core::channel::Media;
use crate::domain::core::ids::PersonaId;
use crate::domain::journey::{Persona, PersonaField, MAX_TEXT_CHARS};
use crate::domain::JourneyCommand;
use crate::i18n::{use_i18n, Arg};
use crate::state::{entropy, now, use_app_state};
use crate::state::{use_plan, PlanHandle};
use crate::ui::TextField;
use crate::views::Welcome;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

fn new_id() -> PersonaId {
    PersonaId::generate(now(), entropy())
}

/// See the module documentation.
#[function_component(PersonasPage)]
pub fn personas_page() -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let edit = use_plan();
    let name = use_node_ref();
    let Some(plan) = state.plan.clone() else {
        return html! { <Welcome /> };
    };
    let onsubmit = {
        let (edit, name) = (edit.clone(), name.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(input) = name.cast::<HtmlInputElement>() else {
                return;
            };
            if input.value().trim().is_empty() {
                return;
            }
            edit.apply(JourneyCommand::AddPersona {
                id: new_id(),
                name: input.value(),
            });
            input.set_value("");
        })
    };
    html! {
        <section class="page personas-page" aria-labelledby="page-title">
            <header class="page-head">
                <h1 id="page-title" tabindex="-1">{ i18n.t("personas-title") }</h1>
                <p class="lead">{ i18n.t("personas-lead") }</p>
            </header>
            <div class="persona-grid">
                { for plan.journey.personas.iter().map(|p| html! {
                    <PersonaCard key={p.id.as_str()} persona={p.clone()} edit={edit.clone()} />
                }) }
            </div>
            <form class="card add-persona" {onsubmit}>
                <label class="field-label" for="new-persona">{ i18n.t("personas-add") }</label>
                <div class="inline-form">
                    <input id="new-persona" type="text" ref={name} autocomplete="off"
                        maxlength={crate::domain::core::rules::MAX_NAME_CHARS.to_string()}
                        placeholder={i18n.t("personas-add-placeholder")} />
                    <button type="submit" class="button button-primary">{ i18n.t("personas-add-button") }</button>
                </div>
            </form>
            <crate::views::next::ContinueTo from={crate::pages::Route::Personas} />
        </section>
    }
}

/// Props of [`PersonaCard`].
#[derive(Properties, PartialEq)]
struct PersonaCardProps {
    persona: Persona,
    edit: PlanHandle,
}

#[function_component(PersonaCard)]
fn persona_card(props: &PersonaCardProps) -> Html {
    let i18n = use_i18n();
    let p = &props.persona;
    let id = p.id.clone();
    let field = |f: PersonaField| {
        let id = id.clone();
        let on_commit = props
            .edit
            .on(move |text: String| JourneyCommand::SetPersonaField {
                id: id.clone(),
                field: f,
                text,
            });
        let key = f.key();
        html! {
            <TextField id={format!("persona-{}-{key}", p.id)} label={i18n.t(&format!("persona-{key}"))}
                multiline={f != PersonaField::Name} rows={2} required={f == PersonaField::Name}
                value={p.field(f).to_owned()} maxlength={MAX_TEXT_CHARS} {on_commit}
                placeholder={i18n.t(&format!("persona-{key}-placeholder"))} />
        }
    };
    let media = Media::ALL.iter().map(|m| {
        let (id, medium) = (id.clone(), *m);
        let onchange = props.edit.on(move |e: Event| {
            let on = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                .is_some_and(|i| i.checked());
            JourneyCommand::SetPersonaMedia {
                id: id.clone(),
                medium,
                on,
            }
        });
        let box_id = format!("persona-{}-media-{}", p.id, m.key());
        html! {
            <label class="check" for={box_id.clone()}>
                <input type="checkbox" id={box_id} checked={p.media.contains(m)} {onchange} />
                { i18n.t(&format!("media-{}", m.key())) }
            </label>
        }
    });
    let duplicate = {
        let (id, name) = (
            id.clone(),
            i18n.t_args("personas-copy-name", &[("name", Arg::from(p.name.clone()))]),
        );
        props
            .edit
            .on(move |_: MouseEvent| JourneyCommand::DuplicatePersona {
                id: id.clone(),
                new_id: new_id(),
                name: name.clone(),
            })
    };
    let delete = {
        let id = id.clone();
        props
            .edit
            .on(move |_: MouseEvent| JourneyCommand::DeletePersona { id: id.clone() })
    };
    html! {
        <article class="card persona" aria-label={p.name.clone()} data-testid="persona">
            { field(PersonaField::Name) }
            { field(PersonaField::Segment) }
            { field(PersonaField::LifeStage) }
            { field(PersonaField::Goals) }
            { field(PersonaField::Needs) }
            { field(PersonaField::Pains) }
            <fieldset class="media">
                <legend>{ i18n.t("persona-media") }</legend>
                { for media }
            </fieldset>
            { field(PersonaField::Places) }
            <p class="banner-actions">
                <button type="button" class="button button-small" onclick={duplicate}>{ i18n.t("personas-duplicate") }</button>
                <button type="button" class="button button-small button-quiet" onclick={delete}
                    aria-label={i18n.t_args("personas-delete-named", &[("name", Arg::from(p.name.clone()))])}>{ i18n.t("personas-delete") }</button>
            </p>
        </article>
    }
}
