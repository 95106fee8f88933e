//! Messages for the user: files that could not be read and why, removals that can be undone,
//! and an engine crash with details to copy.

use crate::page::state::Message;
use yew::prelude::*;

/// Props of [`MessageList`].
#[derive(Properties, PartialEq)]
pub struct MessageListProps {
    /// The messages, oldest first.
    pub messages: Vec<Message>,
    /// A message was dismissed.
    pub on_dismiss: Callback<u32>,
    /// "Undo" was pressed on a removal notice.
    #[prop_or_default]
    pub on_undo: Callback<()>,
    /// "Try again" was pressed after a comparison crashed.
    #[prop_or_default]
    pub on_retry: Callback<()>,
    /// "Copy details" was pressed: the details to put on the clipboard.
    #[prop_or_default]
    pub on_copy: Callback<String>,
    /// A comparison crashed and may be tried again.
    #[prop_or_default]
    pub can_retry: bool,
}

/// Problems are alerts (announced at once); notices are status messages.
#[component]
pub fn MessageList(props: &MessageListProps) -> Html {
    html! {
        <div class="messages">
            { for props.messages.iter().map(|message| {
                let id = message.id;
                let dismiss = props.on_dismiss.reform(move |_: MouseEvent| id);
                let (role, class, icon) = if message.error {
                    ("alert", "message is-error", "!")
                } else {
                    ("status", "message is-notice", "i")
                };
                html! {
                    <div class={class} role={role} key={id} data-testid="message">
                        <span class="message-icon" aria-hidden="true">{icon}</span>
                        <span class="message-text">{&message.text}</span>
                        if message.undo {
                            <button type="button" class="button button-small" data-testid="undo"
                                onclick={props.on_undo.reform(|_: MouseEvent| ())}>{"Undo"}</button>
                        }
                        if message.details.is_some() && props.can_retry {
                            <button type="button" class="button button-small" data-testid="retry"
                                onclick={props.on_retry.reform(|_: MouseEvent| ())}>{"Try again"}</button>
                        }
                        // On the message's line; the details open below it.
                        <button type="button" class="icon-button" aria-label="Dismiss message" onclick={dismiss}>
                            {"×"}
                        </button>
                        if let Some(details) = message.details.clone() {
                            <details class="message-details">
                                <summary>{"Details"}</summary>
                                <pre data-testid="error-details">{details.clone()}</pre>
                                <button type="button" class="button button-small" data-testid="copy-details"
                                    onclick={props.on_copy.reform(move |_: MouseEvent| details.clone())}>
                                    {"Copy details for a bug report"}
                                </button>
                            </details>
                        }
                    </div>
                }
            }) }
        </div>
    }
}
