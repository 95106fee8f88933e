//! Messages for the user: files that could not be read, and why.

use crate::state::Message;
use yew::prelude::*;

/// Props of [`MessageList`].
#[derive(Properties, PartialEq)]
pub struct MessageListProps {
    /// The messages, oldest first.
    pub messages: Vec<Message>,
    /// A message was dismissed.
    pub on_dismiss: Callback<u32>,
}

/// Each message is an alert, announced by screen readers as it appears.
#[component]
pub fn MessageList(props: &MessageListProps) -> Html {
    html! {
        <div class="messages">
            { for props.messages.iter().map(|message| {
                let id = message.id;
                let onclick = props.on_dismiss.reform(move |_: MouseEvent| id);
                html! {
                    <div class="message" role="alert" key={id}>
                        <span class="message-icon" aria-hidden="true">{"!"}</span>
                        <span class="message-text">{&message.text}</span>
                        <button type="button" class="icon-button" aria-label="Dismiss message" {onclick}>
                            {"×"}
                        </button>
                    </div>
                }
            }) }
        </div>
    }
}
