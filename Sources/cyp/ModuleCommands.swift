import ArgumentParser

/// Every domain module's command group, in the order `cyp --help` lists them.
let moduleCommands: [any ParsableCommand.Type] = [
    SocialCareCommand.self,
    IndicatorsCommand.self,
    SENDCommand.self,
    WorkforceCommand.self,
    CapitalCommand.self,
    SufficiencyCommand.self,
]
