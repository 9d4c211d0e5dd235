import ArgumentParser

/// Built with CYPHUB_WITHOUT_MODULES=1: the host commands only.
let moduleCommands: [any ParsableCommand.Type] = []
