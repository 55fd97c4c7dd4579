using Assistant;

// Verbs: (none) runs the bot; "chat" is the console chat.
return args switch
{
    ["chat", .. var rest] => await ConsoleChatCommand.RunAsync(rest),
    _ => await AssistantApp.RunAsync(args),
};
